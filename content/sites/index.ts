import type { SiteEntry } from '../../utils/registry-schema';
import azar from './azar';
import bereal from './bereal';
import bigo from './bigo';
import chatroulette from './chatroulette';
import discord from './discord';
import facebook from './facebook';
import fortnite from './fortnite';
import instagram from './instagram';
import kick from './kick';
import likee from './likee';
import minecraft from './minecraft';
import monkey from './monkey';
import ometv from './ometv';
import pinterest from './pinterest';
import playstation from './playstation';
import reddit from './reddit';
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
import x from './x';
import xbox from './xbox';
import youtube from './youtube';
import yubo from './yubo';
import zepeto from './zepeto';

/** Every platform in the registry. A meta-test checks each file in this folder is listed here. */
export const registry: readonly SiteEntry[] = [
  azar,
  bereal,
  bigo,
  chatroulette,
  discord,
  facebook,
  fortnite,
  instagram,
  kick,
  likee,
  minecraft,
  monkey,
  ometv,
  pinterest,
  playstation,
  reddit,
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
  x,
  xbox,
  youtube,
  yubo,
  zepeto,
];
