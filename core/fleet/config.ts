import { policyValue, POLICY_DEFAULTS, type Policy } from '../policy/keys';

/** Fleet reporting as IT configured it; there is none, and nothing is sent, unless policy sets an endpoint. */
export interface FleetConfig {
  endpoint: string;
  format: 'ocsf' | 'splunk-hec';
  authorization?: string;
  deviceLabel?: string;
  heartbeatHours: number;
  /** LoadSpreadMinutes: the longest random wait before the first delivery and heartbeat after a change (schedule.ts). */
  spreadMinutes: number;
}

export const DEFAULT_HEARTBEAT_HOURS = POLICY_DEFAULTS.ReportHeartbeatHours;

export function fleetConfig(policy: Policy): FleetConfig | undefined {
  if (!policy.ReportEndpoint) return undefined;
  return {
    endpoint: policy.ReportEndpoint,
    format: policyValue(policy, 'ReportFormat'),
    ...(policy.ReportAuthorization ? { authorization: policy.ReportAuthorization } : {}),
    ...(policy.DeviceLabel ? { deviceLabel: policy.DeviceLabel } : {}),
    heartbeatHours: policyValue(policy, 'ReportHeartbeatHours'),
    spreadMinutes: policyValue(policy, 'LoadSpreadMinutes'),
  };
}
