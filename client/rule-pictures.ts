import type { RuleName } from '../rules/rule-list';
import { blockedEventLoop, droppedPromise, sequentialVsConcurrent, unawaitedCallbacks } from './js-diagrams';
import {
  blockedAsyncioLoop,
  collectedTask,
  neverAwaitedCoroutine,
  oneConnectionVsPool,
  sequentialVsGather,
  sessionPerCall,
} from './python-diagrams';
import { drawTimeline, type Picture, type Translate } from './timeline';

/**
 * The timeline picture of each rule whose mistake plays out over time. py-get-running-loop,
 * py-timeout-error and py-await-outside-async have none: a deprecated call, the wrong exception
 * class and a syntax error look the same at every moment, so a timeline would add nothing.
 */
export const RULE_PICTURES: Partial<Record<RuleName, Picture>> = {
  'prefer-promise-all': sequentialVsConcurrent,
  'no-blocking-in-async': blockedEventLoop,
  'no-floating-promises': droppedPromise,
  'no-async-array-callback': unawaitedCallbacks,
  'py-prefer-gather': sequentialVsGather,
  'py-blocking-in-async': blockedAsyncioLoop,
  'py-unawaited-coroutine': neverAwaitedCoroutine,
  'py-dangling-task': collectedTask,
  'py-shared-connection': oneConnectionVsPool,
  'py-session-per-call': sessionPerCall,
};

/** The picture of a rule (with or without the `asyncwise/` prefix) as SVG, or '' when it has none. */
export function drawRulePicture(ruleId: string, t: Translate): string {
  const picture = RULE_PICTURES[ruleId.replace(/^asyncwise\//, '') as RuleName];
  return picture ? picture(t).map(drawTimeline).join('') : '';
}
