import { generatedProject, realProject, wantedProjects } from './projects.mjs';
import { describeRun, prepareServerBundle } from './server-bundle.mjs';
import { loadSampler } from './stats.mjs';

/**
 * What every benchmark script does around its measurements: a private copy of the server bundle,
 * the projects asked for on the command line (the generated one removed afterwards), the load
 * average sampled throughout, and one report at the end.
 */
export async function runBenchmark(benchProject, report) {
  const wanted = wantedProjects();
  const load = loadSampler();
  const { bundle, cleanup } = await prepareServerBundle();
  const results = [];
  try {
    if (wanted.generated) {
      const project = await generatedProject();
      try {
        results.push(await benchProject(project, bundle));
      } finally {
        await project.cleanup();
      }
    }
    if (wanted.real) results.push(await benchProject(await realProject(), bundle));
  } finally {
    await cleanup();
  }
  report(results, await describeRun(), load.stop());
}
