export * from './organisation.ts';
export * from './accounts.ts';
export * from './registry.ts';
export * from './meetings.ts';
export * from './reports.ts';
export * from './conduct.ts';
export * from './minutes.ts';
export * from './board.ts';
