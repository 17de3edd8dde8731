import type { ScanReport } from '../core/evidence';
import { needsAction, type Verdict } from '../core/verdict';

export interface ScanSummaryProps {
  report: ScanReport | null;
  running: boolean;
}

type Tone = 'good' | 'warn' | 'bad' | 'neutral';

function summarise(report: ScanReport | null, running: boolean): { tone: Tone; icon: string; title: string; body: string } {
  if (!report || report.results.length === 0) {
    return running
      ? { tone: 'neutral', icon: '\u231b', title: 'Checking this computer\u2026', body: 'This takes a few seconds.' }
      : { tone: 'neutral', icon: '\u2139', title: 'Not checked yet', body: 'Press "Check now" to look for web servers on this computer.' };
  }
  const verdicts: Verdict[] = report.results.map((r) => r.verdict);
  if (verdicts.every((v) => v === 'unreachable')) {
    return {
      tone: 'good',
      icon: '\u2714',
      title: 'No web server answered on this computer',
      body: 'Code Red attacks web servers, and none is running at the addresses checked. Good news: there is nothing to fix.',
    };
  }
  if (verdicts.includes('infected')) {
    return { tone: 'bad', icon: '\u2716', title: 'Code Red has been found on this computer', body: 'Follow the steps below now.' };
  }
  const atRisk = verdicts.filter(needsAction).length;
  if (atRisk > 0) {
    return {
      tone: 'bad',
      icon: '\u26a0',
      title: atRisk === 1 ? 'One web server here needs your attention' : `${atRisk} web servers here need your attention`,
      body: 'Code Red may be able to attack it. The steps below say what to do.',
    };
  }
  if (verdicts.includes('unknown')) {
    return {
      tone: 'warn',
      icon: '?',
      title: 'A web server answered, but we cannot tell which',
      body: 'That is not the same as safe. See below.',
    };
  }
  return {
    tone: 'good',
    icon: '\u2714',
    title: 'No server here is at risk from Code Red',
    body: 'The web servers that answered are not ones Code Red attacks.',
  };
}

export function ScanSummary({ report, running }: ScanSummaryProps) {
  const s = summarise(report, running);
  return (
    <section class={`summary tone-${s.tone}`} data-testid="summary" aria-live="polite">
      <span class="summary-icon" aria-hidden="true">
        {s.icon}
      </span>
      <div>
        <p class="summary-title">{s.title}</p>
        <p>{s.body}</p>
      </div>
    </section>
  );
}
