import { describe, expect, it } from 'vitest';
import { judgeControl, type ControlSample, type EdgeStyle } from '../../utils/control-boundary';

const NONE: EdgeStyle = { style: 'none', width: '0px', color: 'rgb(0, 0, 0)' };
const edge = (color: string, width = '1px', style = 'solid'): EdgeStyle => ({ style, width, color });

function sample(overrides: Partial<ControlSample> = {}): ControlSample {
  return {
    background: 'rgb(255, 255, 255)',
    behind: ['rgb(255, 255, 255)'],
    borders: Array(4).fill(edge('rgb(110, 119, 129)')),
    outline: NONE,
    width: 24,
    height: 24,
    ...overrides,
  };
}

describe('judgeControl', () => {
  it('passes a #6e7781 border on white at 24 × 24', () => {
    const verdict = judgeControl(sample());
    expect(verdict).toMatchObject({ source: 'border', against: 'rgb(255, 255, 255)', problems: [] });
    expect(verdict.ratio).toBeCloseTo(4.55, 2);
  });

  it('fails the guide search box as it was: border: 0 on white', () => {
    const verdict = judgeControl(sample({ borders: Array(4).fill(NONE), width: 740, height: 40 }));
    expect(verdict.source).toBe('none');
    expect(verdict.problems).toEqual(['no visible boundary against rgb(255, 255, 255)']);
  });

  it('fails a faint #d0d7de border (1.45:1)', () => {
    const verdict = judgeControl(sample({ borders: Array(4).fill(edge('rgb(208, 215, 222)')) }));
    expect(verdict.problems[0]).toMatch(
      /^boundary \(border\) 1\.45:1 against rgb\(255, 255, 255\), below 3:1$/,
    );
  });

  it('judges borders by their weakest visible side', () => {
    const borders = [edge('rgb(0, 0, 0)'), edge('rgb(208, 215, 222)'), edge('rgb(0, 0, 0)'), NONE];
    expect(judgeControl(sample({ borders })).problems).toHaveLength(1);
  });

  it('ignores sides that are hidden or thinner than a pixel', () => {
    const borders = [
      edge('rgb(0, 0, 0)'),
      edge('rgb(255, 255, 255)', '0px'),
      edge('rgb(255, 255, 255)', '1px', 'hidden'),
      NONE,
    ];
    expect(judgeControl(sample({ borders })).problems).toEqual([]);
  });

  it('accepts an outline or a filled background as the boundary', () => {
    const outlined = judgeControl(
      sample({ borders: Array(4).fill(NONE), outline: edge('rgb(11, 92, 173)', '2px') }),
    );
    expect(outlined).toMatchObject({ source: 'outline', problems: [] });
    const filled = judgeControl(sample({ borders: Array(4).fill(NONE), background: 'rgb(11, 92, 173)' }));
    expect(filled).toMatchObject({ source: 'background', problems: [] });
  });

  it('measures against the background behind, in dark mode too', () => {
    const dark = { behind: ['rgb(22, 27, 34)'], background: 'rgb(22, 27, 34)' };
    expect(
      judgeControl(sample({ ...dark, borders: Array(4).fill(edge('rgb(125, 133, 144)')) })).problems,
    ).toEqual([]);
    // The light-mode border colour of the old palette (#30363d) on the dark card: 1.42:1.
    expect(
      judgeControl(sample({ ...dark, borders: Array(4).fill(edge('rgb(48, 54, 61)')) })).problems,
    ).toHaveLength(1);
  });

  it('composites translucent backgrounds behind the control, nearest first', () => {
    const verdict = judgeControl(
      sample({ behind: ['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'], background: 'rgba(0, 0, 0, 0)' }),
    );
    expect(verdict.against).toBe('rgb(128, 128, 128)');
  });

  it('flags a target under 24 × 24 px', () => {
    expect(judgeControl(sample({ width: 13, height: 13 })).problems).toEqual([
      'target 13 × 13 px, below 24 × 24',
    ]);
    expect(judgeControl(sample({ width: 200, height: 23.5 })).problems).toHaveLength(1);
  });

  it('throws on a colour it cannot read rather than guessing', () => {
    expect(() => judgeControl(sample({ background: 'Canvas' }))).toThrow(/Canvas/);
  });
});
