import { describe, expect, it } from 'vitest';
import {
  conversationStarters,
  keepEvidence,
  liveRisks,
  parentTips,
  tipsSources,
  youngPersonLines,
  youngPersonTips,
} from '../../content/tips';
import { conversationStartersSchema, tipsSchema, tipsSourcesSchema } from '../../utils/content-schema';

const tipLists = { parentTips, youngPersonTips, liveRisks, keepEvidence, youngPersonLines } as const;
const allTips = [...Object.values(tipLists).flat(), ...conversationStarters];

describe('tips data', () => {
  it.each(Object.entries(tipLists))('%s parses with the tips schema', (_name, list) => {
    const result = tipsSchema.safeParse(list);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('conversation starters parse with their schema', () => {
    const result = conversationStartersSchema.safeParse(conversationStarters);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('tips sources parse and are all https', () => {
    expect(tipsSourcesSchema.safeParse(tipsSources).success).toBe(true);
    for (const source of tipsSources) expect(new URL(source.url).protocol).toBe('https:');
  });

  it('ids are unique across every list', () => {
    const ids = allTips.map((t) => t.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('every text is at most 280 characters', () => {
    const tooLong = allTips.filter((t) => t.text.length > 280).map((t) => t.id);
    expect(tooLong).toEqual([]);
  });

  it('has 2 to 4 live-risk lines', () => {
    expect(liveRisks.length).toBeGreaterThanOrEqual(2);
    expect(liveRisks.length).toBeLessThanOrEqual(4);
  });

  it('leads the live risks with what the NCA described: comments, dares, threats, gifts or game points', () => {
    const [first, second] = liveRisks.map((t) => t.text.toLowerCase());
    expect(first).toMatch(/comments/);
    expect(first).toMatch(/dares/);
    expect(first).toMatch(/threats/);
    expect(second).toMatch(/gifts/);
    expect(second).toMatch(/game points/);
  });

  it('names the NCA warning signs in the parent tips', () => {
    const text = parentTips.map((t) => t.text).join(' ');
    for (const sign of [/flood of comments/, /dares/, /threats/, /game points/, /private chat/, /webcam/]) {
      expect(text).toMatch(sign);
    }
  });

  it('tells young people it is never their fault', () => {
    expect(youngPersonTips.some((t) => /never your fault/i.test(t.text))).toBe(true);
    expect(youngPersonLines.some((t) => /never your fault/i.test(t.text))).toBe(true);
  });

  it('tells people to report before blocking and never to share sexual images of a child', () => {
    const text = keepEvidence.map((t) => t.text).join(' ');
    expect(text).toMatch(/Report first, then block/);
    expect(text).toMatch(/Never share, forward, save or screenshot a sexual image of a child/);
  });

  it('has general conversation starters and ones for each platform feature', () => {
    expect(conversationStarters.some((c) => !('feature' in c))).toBe(true);
    const features = new Set(conversationStarters.flatMap((c) => ('feature' in c ? [c.feature] : [])));
    expect([...features].sort()).toEqual(['gifts', 'live', 'private-messages', 'random-video-chat']);
  });

  it('rejects a text over 280 characters and a duplicated id', () => {
    expect(tipsSchema.safeParse([{ id: 'long', text: 'a'.repeat(281) }]).success).toBe(false);
    expect(
      tipsSchema.safeParse([
        { id: 'same', text: 'One.' },
        { id: 'same', text: 'Two.' },
      ]).success,
    ).toBe(false);
  });
});
