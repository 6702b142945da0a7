/**
 * Marks every test with the vitest project that ran it (`meta.project`: unit, http-pglite, http-postgres), so the
 * JSON report — which names only the file — tells which database backend a result came from (`.ci/run` counts
 * per project).
 */
import { beforeAll, type RunnerTask } from 'vitest';

declare module 'vitest' {
  interface TaskMeta { project?: string }
}

function mark(task: RunnerTask, project: string): void {
  task.meta.project = project;
  if ('tasks' in task) for (const child of task.tasks) mark(child, project);
}

// vitest reads the first parameter's destructuring pattern for fixtures; this hook needs none.
// eslint-disable-next-line no-empty-pattern
beforeAll(({}, suite) => {
  const project = suite.file.projectName;
  if (project) mark(suite.file as RunnerTask, project);
});
