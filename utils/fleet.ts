import { browser } from 'wxt/browser';
import type { AdvisoryRef } from '../core/advisories/types';
import type { ChecklistProgress } from '../core/checklist/types';
import { progressFor } from '../core/checklist/stored';
import { findingView } from '../core/finding/finding';
import type { FleetConfig } from '../core/fleet/config';
import { findingChanges, heartbeat, milestones, readSentState, snapshot, type FleetEvent } from '../core/fleet/events';
import { toHecBody, toOcsfBody, type Reporter } from '../core/fleet/ocsf';
import { drain } from '../core/fleet/drain';
import { enqueue, outcomeOf, readQueue, type DeliveryOutcome, type FleetQueue, MAX_QUEUED, MAX_QUEUE_BYTES } from '../core/fleet/queue';
import { afterSettingsChange, settingsChangeTiming } from '../core/fleet/schedule';
import { createSerialQueue } from '../core/storage/serial-queue';
import type { ScanReport, TargetResult } from '../core/verdict/evidence';
import { fleetConfigSeenItem, fleetQueueItem, fleetSentItem, installIdItem, readStoredKey } from './storage';

export const FLEET_FLUSH_ALARM = 'fleet-flush';
export const FLEET_HEARTBEAT_ALARM = 'fleet-heartbeat';

/** Longest a collector may take to answer one batch before it counts as down. */
const SEND_TIMEOUT_MS = 30_000;

export interface FleetDeps {
  /** IT's reporting settings now; undefined when reporting is off. */
  config: () => Promise<FleetConfig | undefined>;
  /** The advisories in force, to name in each finding. */
  catalog: () => Promise<readonly AdvisoryRef[]>;
  now?: () => number;
  random?: () => number;
  send?: typeof fetch;
}

/**
 * The background's side of fleet reporting: it turns reports and checklist
 * changes into events (core/fleet/), keeps them in the durable queue and
 * delivers them. Every read-change-write of the queue runs one at a time.
 * With no endpoint in policy it sends nothing and clears what is queued.
 */
export function createFleetReporter({ config, catalog, now = Date.now, random = Math.random, send = fetch }: FleetDeps) {
  const serial = createSerialQueue();
  const newId = () => crypto.randomUUID();

  /**
   * Queues events. When the browser's storage is full (other items share its quota), the queue is written again with a
   * quarter of the room each time, losing heartbeats first and a finding change last, and says why on the settings page.
   */
  async function add(events: readonly FleetEvent[]): Promise<void> {
    if (events.length === 0) return;
    const queue = readQueue(await fleetQueueItem.getValue(), now());
    let room = MAX_QUEUE_BYTES;
    for (let attempt = 0; ; attempt++) {
      const next = enqueue(queue, events, MAX_QUEUED, room);
      try {
        await fleetQueueItem.setValue(
          attempt === 0 ? next : { ...next, lastError: { at: now(), problem: { code: 'fleet_err_storage_full' } } },
        );
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
        room = Math.floor(room / 4);
      }
    }
  }

  async function reporter(cfg: FleetConfig): Promise<Reporter> {
    return {
      extensionVersion: browser.runtime.getManifest().version,
      installId: await installIdItem.getValue(),
      ...(cfg.deviceLabel ? { deviceLabel: cfg.deviceLabel } : {}),
    };
  }

  async function post(cfg: FleetConfig, batch: FleetEvent[]): Promise<DeliveryOutcome> {
    const who = await reporter(cfg);
    const body = cfg.format === 'splunk-hec' ? toHecBody(batch, who) : toOcsfBody(batch, who);
    try {
      const answer = await send(cfg.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(cfg.authorization ? { Authorization: cfg.authorization } : {}) },
        body,
        credentials: 'omit',
        cache: 'no-store',
        // Never followed: a redirect is a refusal with its own reason (outcomeOf), and the events stay queued.
        redirect: 'manual',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      return outcomeOf(answer.status, answer.headers.get('Retry-After'), now());
    } catch {
      // The error's own words are not kept: they can quote the request, IT's Authorization value included.
      return { kind: 'retry', problem: { code: 'fleet_err_network' } };
    }
  }

  /** Sends what is due (core/fleet/drain.ts), keeping the queue after each answer, and sets the alarm for what is left. */
  async function deliver(cfg: FleetConfig): Promise<FleetQueue> {
    const { queue, wakeAt } = await drain(readQueue(await fleetQueueItem.getValue(), now()), {
      now,
      random,
      newId,
      post: (batch) => post(cfg, batch),
      save: (q) => fleetQueueItem.setValue(q),
    });
    if (wakeAt !== undefined) await browser.alarms.create(FLEET_FLUSH_ALARM, { when: wakeAt });
    return queue;
  }

  /** Reporting switched off: forget the queue and what IT heard, so nothing old is sent if it is switched on again. */
  async function clear(): Promise<void> {
    await fleetQueueItem.removeValue();
    await fleetSentItem.removeValue();
    // Switched on again later, reporting starts as new settings do: spread (core/fleet/schedule.ts).
    await fleetConfigSeenItem.removeValue();
    await browser.alarms.clear(FLEET_FLUSH_ALARM);
    await browser.alarms.clear(FLEET_HEARTBEAT_ALARM);
  }

  function snapshots(report: ScanReport, checklists: Record<string, ChecklistProgress>, advisories: readonly AdvisoryRef[]) {
    return report.results.map((r) => snapshot(findingView(r, progressFor(checklists, r.target)), advisories));
  }

  return {
    /** After each stored report: findings that appeared, changed or were resolved. */
    afterScan(report: ScanReport, checklists: Record<string, ChecklistProgress>): Promise<void> {
      return serial(async () => {
        const cfg = await config();
        if (!cfg) return clear();
        const { events, sent } = findingChanges(
          readSentState(await fleetSentItem.getValue()),
          snapshots(report, checklists, await catalog()),
          now(),
          newId,
        );
        await add(events);
        await fleetSentItem.setValue(sent);
        await deliver(cfg);
      });
    },
    /** After a person's checklist change: the milestones it reached. */
    afterChecklist(before: ChecklistProgress | undefined, after: ChecklistProgress, finding: TargetResult): Promise<void> {
      return serial(async () => {
        const cfg = await config();
        if (!cfg) return;
        await add(milestones(before, after, snapshot(findingView(finding, after), await catalog()), now(), newId));
        await deliver(cfg);
      });
    },
    /** "Still checking": the state of every finding, at IT's interval. */
    heartbeat(report: ScanReport | null, checklists: Record<string, ChecklistProgress>): Promise<void> {
      return serial(async () => {
        const cfg = await config();
        if (!cfg) return clear();
        const findings = report ? snapshots(report, checklists, await catalog()) : [];
        await add([heartbeat(findings, newId(), now())]);
        await deliver(cfg);
      });
    },
    /**
     * On wake, on the flush alarm and on a policy change: deliver what is due, or clear it all when reporting is off.
     * `retryNow` (access to the collector's host was just allowed) sends at once instead of waiting out the backoff.
     */
    flush({ retryNow = false }: { retryNow?: boolean } = {}): Promise<void> {
      return serial(async () => {
        const cfg = await config();
        if (!cfg) return clear();
        // The settings the last flush used, kept in storage (as a hash: they hold IT's Authorization value): when IT
        // changes them, even while the worker was stopped, the backoff from the old ones no longer applies.
        const key = await settingsHash(cfg);
        const seen = readStoredKey(await fleetConfigSeenItem.getValue());
        // New settings (or reporting just turned on) wait a random part of IT's LoadSpreadMinutes before the first
        // heartbeat and delivery, so a push to the whole fleet does not reach the collector in one minute.
        const timing = settingsChangeTiming(cfg.spreadMinutes, random());
        if (retryNow || seen !== key) {
          const queue = readQueue(await fleetQueueItem.getValue(), now());
          await fleetQueueItem.setValue(afterSettingsChange(queue, now(), timing.deliverMinutes, retryNow));
        }
        if (seen !== key) await fleetConfigSeenItem.setValue(key);
        const periodInMinutes = cfg.heartbeatHours * 60;
        if ((await browser.alarms.get(FLEET_HEARTBEAT_ALARM))?.periodInMinutes !== periodInMinutes) {
          await browser.alarms.create(FLEET_HEARTBEAT_ALARM, { periodInMinutes, delayInMinutes: timing.heartbeatMinutes });
        }
        await deliver(cfg);
      });
    },
  };
}

export type FleetReporter = ReturnType<typeof createFleetReporter>;

async function settingsHash(cfg: FleetConfig): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(cfg))));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
