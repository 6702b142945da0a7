export * from './organisation.ts';
export * from './accounts.ts';
export * from './registry.ts';
