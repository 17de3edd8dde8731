import { describe, expect, it } from 'vitest';
import { nextSteps } from './next-steps';
import { VERDICTS, needsAction } from './verdict';
import { verdictLabel } from './verdict-labels';
import { verdictText } from './verdict-text';

describe('what each verdict says to a person', () => {
  it.each(VERDICTS)('%s has an icon, a label, a headline, a meaning and a next step, all distinct from the others', (verdict) => {
    const text = verdictText(verdict);
    expect(text).toMatchObject(verdictLabel(verdict));
    for (const part of [text.icon, text.label, text.headline, text.meaning]) expect(part.trim()).not.toBe('');
    const others = VERDICTS.filter((v) => v !== verdict);
    expect(others.map((v) => verdictLabel(v).label)).not.toContain(text.label);
    const { steps } = nextSteps(verdict);
    for (const step of steps) expect(step).not.toMatch(/^next_/);
  });

  it('a colour never stands alone: no icon that asks for action is also used for a verdict that does not', () => {
    const acting = new Set(VERDICTS.filter(needsAction).map((v) => verdictLabel(v).icon));
    const calm = VERDICTS.filter((v) => !needsAction(v)).map((v) => verdictLabel(v).icon);
    expect(calm.filter((icon) => acting.has(icon))).toEqual([]);
  });
});
