// The explainer panel's timeline pictures: which rules have one, what each Python picture shows,
// that every label fits its bar in English and Korean, and that the Korean labels are translated.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { pythonRules, rules, type RuleName } from '../rules/rule-list';
import { drawRulePicture, RULE_PICTURES } from './rule-pictures';
import { LEFT, UNIT, UNITS, type Bar, type Timeline, type Translate } from './timeline';

const english: Translate = (text) => text;
const koreanBundle = JSON.parse(fs.readFileSync('l10n/bundle.l10n.ko.json', 'utf8')) as Record<string, string>;
/** Like VS Code with the Korean bundle, but a missing translation fails instead of falling back. */
const korean: Translate = (text) => {
  const translated = koreanBundle[text];
  assert.ok(translated !== undefined, `no Korean for ${JSON.stringify(text)}`);
  return translated;
};
const HANGUL = /[\uac00-\ud7a3]/;

/** Rules whose mistake does not play out over time: a timeline would show nothing. */
const WITHOUT_PICTURE: RuleName[] = ['py-get-running-loop', 'py-timeout-error', 'py-await-outside-async'];

const timelinesOf = (rule: RuleName, t: Translate = english): Timeline[] => RULE_PICTURES[rule]!(t);
const end = (bars: Bar[]): number => Math.max(...bars.map((bar) => bar.start + bar.length));
const barsOf = (timeline: Timeline, row: number): Bar[] => timeline.bars.filter((bar) => bar.row === row);
const overlap = (a: Bar, b: Bar): boolean => a.start < b.start + b.length && b.start < a.start + a.length;

/**
 * A generous guess at a label's width in the panel's font: Hangul is about square, Latin capitals
 * and lowercase narrower. There is no font to measure in a unit test, and a label that spills
 * past its bar is drawn in the background colour, so it is cut off rather than overlapping.
 */
function textWidth(text: string, fontPx: number): number {
  let width = 0;
  for (const char of text) {
    if (HANGUL.test(char)) width += fontPx;
    else if (char === ' ') width += fontPx * 0.3;
    else if (/[A-Z]/.test(char)) width += fontPx * 0.68;
    else width += fontPx * 0.56;
  }
  return width;
}

describe('rule pictures', () => {
  it('every rule has a picture, except the few whose mistake has no timeline', () => {
    for (const rule of Object.keys(rules) as RuleName[]) {
      const svg = drawRulePicture(`asyncwise/${rule}`, english);
      if (WITHOUT_PICTURE.includes(rule)) assert.equal(svg, '', rule);
      else assert.match(svg, /^<figure>.*<svg role="img"/s, rule);
    }
    assert.equal(drawRulePicture('asyncwise/no-such-rule', english), '');
  });

  it('finds a rule with or without the asyncwise/ prefix', () => {
    assert.equal(drawRulePicture('py-dangling-task', english), drawRulePicture('asyncwise/py-dangling-task', english));
  });

  it('draws each Python rule a picture of its own, in Python terms', () => {
    const drawn = new Map<string, RuleName>();
    for (const rule of Object.keys(pythonRules) as RuleName[]) {
      if (WITHOUT_PICTURE.includes(rule)) continue;
      const svg = drawRulePicture(rule, english);
      assert.equal(drawn.get(svg), undefined, `${rule} has the same picture as ${drawn.get(svg)}`);
      drawn.set(svg, rule);
      assert.doesNotMatch(svg, /Promise|promise|readFile|forEach|try\/catch/, `${rule} speaks JavaScript`);
    }
    assert.equal(drawn.size, 6);
  });

  for (const [rule, picture] of Object.entries(RULE_PICTURES)) {
    it(`${rule}: bars on the axis, labels that fit, in English and Korean`, () => {
      for (const t of [english, korean]) {
        for (const timeline of picture(t)) {
          for (const row of timeline.rows) {
            assert.ok(textWidth(row, 12) <= LEFT - 14, `row label ${JSON.stringify(row)} fits left of the bars`);
          }
          for (const bar of timeline.bars) {
            assert.ok(bar.row >= 0 && bar.row < timeline.rows.length, `${bar.label}: on a row`);
            assert.ok(bar.start >= 0 && bar.length > 0 && bar.start + bar.length <= UNITS, `${bar.label}: on the axis`);
            assert.ok(textWidth(bar.label, 11) <= bar.length * UNIT - 9, `${JSON.stringify(bar.label)} fits its bar`);
          }
        }
      }
    });

    it(`${rule}: a Korean caption under each timeline`, () => {
      // Titles may be code alone (`items.forEach(async …)`); the caption always explains in words.
      for (const timeline of picture(korean)) assert.match(timeline.caption, HANGUL);
    });
  }
});

describe('what the Python pictures show', () => {
  it('py-prefer-gather: three waits add up one after another, and take as long as one with asyncio.gather', () => {
    const [sequential, gathered] = timelinesOf('py-prefer-gather');
    assert.equal(end(sequential!.bars), 9);
    assert.equal(end(gathered!.bars), 3);
    assert.match(gathered!.title, /asyncio\.gather/);
    assert.deepEqual(sequential!.rows, ['get_user()', 'get_orders()', 'get_prices()']);
  });

  it('py-blocking-in-async: time.sleep holds the loop and the requests wait; asyncio.sleep lets them run', () => {
    const [blocked, served] = timelinesOf('py-blocking-in-async');
    const [sleep] = barsOf(blocked!, 0);
    assert.deepEqual([sleep!.label, sleep!.tone], ['time.sleep(2)', 'blocked']);
    for (const row of [1, 2]) assert.ok(barsOf(blocked!, row).every((bar) => bar.start >= sleep!.start + sleep!.length));
    assert.match(served!.title, /asyncio\.sleep/);
    assert.ok([1, 2].every((row) => barsOf(served!, row).every((bar) => bar.start + bar.length <= 5)), 'served while it sleeps');
  });

  it('py-unawaited-coroutine: the coroutine does no work at all unless awaited', () => {
    const [dropped, awaited] = timelinesOf('py-unawaited-coroutine');
    assert.ok(barsOf(dropped!, 1).every((bar) => bar.tone === 'lost'), 'nothing of the body runs');
    assert.ok(dropped!.bars.some((bar) => bar.label === 'RuntimeWarning'));
    assert.ok(barsOf(awaited!, 1).some((bar) => bar.tone === 'wait'), 'awaited, it does its work');
  });

  it('py-dangling-task: an unkept task is collected mid-run; a kept one finishes', () => {
    const [dropped, kept] = timelinesOf('py-dangling-task');
    const [collect] = barsOf(dropped!, 2);
    const lost = barsOf(dropped!, 1).find((bar) => bar.tone === 'lost')!;
    assert.ok(collect!.start < lost.start + lost.length && lost.start <= collect!.start + collect!.length, 'lost when collected');
    assert.ok(barsOf(dropped!, 1).some((bar) => bar.tone === 'wait' && bar.start + bar.length <= lost.start), 'was running');
    assert.ok(barsOf(kept!, 1).every((bar) => bar.tone !== 'lost'));
    assert.ok(barsOf(kept!, 2).length > 0, 'the set that keeps it is drawn');
  });

  it('py-shared-connection: queries on one connection never overlap; from a pool they run at once', () => {
    const [shared, pooled] = timelinesOf('py-shared-connection');
    const onConnection = shared!.bars.filter((bar) => bar.label === 'conn');
    assert.equal(onConnection.length, 3);
    for (const a of onConnection) for (const b of onConnection) if (a !== b) assert.ok(!overlap(a, b));
    assert.deepEqual(pooled!.bars.map((bar) => [bar.start, bar.label]), [[0, 'c1'], [0, 'c2'], [0, 'c3']]);
  });

  it('py-session-per-call: a handshake per call, or one handshake and reuse', () => {
    const handshakes = (timeline: Timeline): number => timeline.bars.filter((bar) => bar.label === 'connect+TLS').length;
    const [perCall, shared] = timelinesOf('py-session-per-call');
    assert.equal(handshakes(perCall!), 3);
    assert.equal(handshakes(shared!), 1);
    assert.ok(end(shared!.bars) < end(perCall!.bars));
  });
});
