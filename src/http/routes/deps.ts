import type { Config } from '../../config.ts';
import type { Services } from '../../use-cases/context.ts';

/** What every route module gets. */
export interface RouteDeps { services: Services; config: Config }
