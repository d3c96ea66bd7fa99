import { blockedVsServing, oneAfterAnotherVsTogether, type Picture } from './timeline';

/** One after another vs together: three 1 s awaits. */
export const sequentialVsConcurrent: Picture = (t) =>
  oneAfterAnotherVsTogether(t, ['getUser()', 'getOrders()', 'getPrices()'], t('Together with Promise.all: 1 s'));

/** The event loop held by a synchronous call vs served while the disk works. */
export const blockedEventLoop: Picture = (t) => blockedVsServing(t, 'readFileSync', {
  title: t('readFileSync: the event loop is blocked'),
  caption: t('Nothing else runs until the disk answers: every other request waits.'),
}, {
  title: t('await readFile: the event loop keeps serving'),
  caption: t('While the disk works, other requests are served.'),
});

/** A dropped promise: the function returns, the rejection arrives later with nobody listening. */
export const droppedPromise: Picture = (t) => [{
  title: t('A promise nobody awaits'),
  rows: [t('your function'), t('the promise'), 'try / catch'],
  bars: [
    { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
    { row: 1, start: 0, length: 6, label: t('still running…'), tone: 'wait' },
    { row: 1, start: 6, length: 2, label: t('rejects'), tone: 'lost' },
    { row: 2, start: 0, length: 3, label: t('already left'), tone: 'work' },
  ],
  caption: t('The function is gone when the promise fails: the error escapes every try/catch.'),
}];

/** forEach calls each async callback and returns at once. */
export const unawaitedCallbacks: Picture = (t) => [{
  title: t('items.forEach(async …)'),
  rows: ['forEach', t('callback 1'), t('callback 2'), t('your next line')],
  bars: [
    { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
    { row: 1, start: 0, length: 6, label: t('saving…'), tone: 'wait' },
    { row: 2, start: 0, length: 7, label: t('saving…'), tone: 'wait' },
    { row: 3, start: 2, length: 3, label: t('runs too early'), tone: 'lost' },
  ],
  caption: t('forEach does not wait for promises: the code after it runs before anything is saved.'),
}];
