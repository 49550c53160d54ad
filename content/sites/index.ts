import type { SiteEntry } from '../../utils/registry-schema';
import azar from './azar';
import bereal from './bereal';
import bigo from './bigo';
import characterAi from './character-ai';
import chatroulette from './chatroulette';
import discord from './discord';
import facebook from './facebook';
import fortnite from './fortnite';
import hoop from './hoop';
import instagram from './instagram';
import kick from './kick';
import kik from './kik';
import likee from './likee';
import liveme from './liveme';
import messenger from './messenger';
import minecraft from './minecraft';
import monkey from './monkey';
import ometv from './ometv';
import pinterest from './pinterest';
import playstation from './playstation';
import reddit from './reddit';
import replika from './replika';
import roblox from './roblox';
import rumble from './rumble';
import snapchat from './snapchat';
import steam from './steam';
import tango from './tango';
import telegram from './telegram';
import threads from './threads';
import tiktok from './tiktok';
import tumblr from './tumblr';
import twitch from './twitch';
import vrchat from './vrchat';
import whatsapp from './whatsapp';
import wizz from './wizz';
import x from './x';
import xbox from './xbox';
import younow from './younow';
import youtube from './youtube';
import youtubeKids from './youtube-kids';
import yubo from './yubo';
import zepeto from './zepeto';

/** Every platform in the registry. A meta-test checks each file in this folder is listed here. */
export const registry: readonly SiteEntry[] = [
  azar,
  bereal,
  bigo,
  characterAi,
  chatroulette,
  discord,
  facebook,
  fortnite,
  hoop,
  instagram,
  kick,
  kik,
  likee,
  liveme,
  messenger,
  minecraft,
  monkey,
  ometv,
  pinterest,
  playstation,
  reddit,
  replika,
  roblox,
  rumble,
  snapchat,
  steam,
  tango,
  telegram,
  threads,
  tiktok,
  tumblr,
  twitch,
  vrchat,
  whatsapp,
  wizz,
  x,
  xbox,
  younow,
  youtube,
  youtubeKids,
  yubo,
  zepeto,
];
