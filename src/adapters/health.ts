/** Whether an adapter's link to its platform is up (a leaf module: metrics and adapters both read it). */
export interface AdapterHealth {
  connected: boolean;
  /** "socket mode connected", "reconnecting since 12:01:02Z", ... */
  detail: string;
}
