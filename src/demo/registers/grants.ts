/**
 * Demo data of the grants register, reproduced from the reference meeting book, and its loader.
 */
import type { Tx } from '../../db/client.ts';
import type { Services } from '../../use-cases/context.ts';
import type { DemoRegisterIds } from './index.ts';

export const generatedDocuments: readonly string[] = [];

export async function load(_tx: Tx, _services: Services, _ids: DemoRegisterIds): Promise<void> {
  // Filled in by the grants register.
}
