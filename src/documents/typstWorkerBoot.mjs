// Starts the render worker from the TypeScript sources (the same way bin/namnd.js starts the server).
import { register } from 'tsx/esm/api';

register();
await import('./typstWorker.ts');
