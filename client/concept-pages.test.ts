// The concept pages are complete and consistent: both languages of every page, the same samples
// and demos in each, short intros, links that resolve, pictures drawn from the recorded figures,
// and every rule's explainer linking the pages behind it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CONCEPT_SLUGS, CONCEPT_TITLES, conceptFileName, RULE_CONCEPTS, type ConceptLocale } from '../rules/concepts';
import { explainers } from '../rules/explainers';
import { rules, type RuleName } from '../rules/rule-list';
import { parseConceptPage } from './concept-page';
import { claimProblem, DEMOS } from './demos';
import { timingImagePath, timingSvg, type RecordedTimings } from './timing-chart';

const conceptsDir = path.join('docs', 'concepts');
const LOCALES: ConceptLocale[] = ['en', 'ko'];
const read = (file: string): string => fs.readFileSync(file, 'utf8');
const pageOf = (slug: string, locale: ConceptLocale): ReturnType<typeof parseConceptPage> =>
  parseConceptPage(read(path.join(conceptsDir, conceptFileName(slug as (typeof CONCEPT_SLUGS)[number], locale))));
const HANGUL = /[\uac00-\ud7a3]/;
/** What fits on one screen of the panel above the examples (the picture comes on top). */
const MAX_INTRO_CHARS = 1500;

describe('concept pages', () => {
  it('are exactly the pages rules/concepts.ts lists, each in English and Korean', () => {
    const files = fs.readdirSync(conceptsDir).filter((file) => file.endsWith('.md')).sort();
    assert.deepEqual(files, CONCEPT_SLUGS.flatMap((slug) => LOCALES.map((locale) => conceptFileName(slug, locale))).sort());
  });

  for (const slug of CONCEPT_SLUGS) {
    describe(slug, () => {
      const english = pageOf(slug, 'en');
      const korean = pageOf(slug, 'ko');

      it('has the titles rules/concepts.ts gives, and a summary in each language', () => {
        assert.equal(english.title, CONCEPT_TITLES[slug].en);
        assert.equal(korean.title, CONCEPT_TITLES[slug].ko);
        assert.ok(english.summary.length > 0);
        assert.match(korean.summary, HANGUL);
      });

      it('says the same in both languages: sections, samples and their promises, demos', () => {
        assert.equal(korean.headings.length, english.headings.length);
        const promises = (page: typeof english): string[] => page.samples.map((s) => `${s.language} ${s.expectation} ${s.rule ?? ''}`);
        assert.deepEqual(promises(korean), promises(english));
        assert.deepEqual(korean.samples.map((s) => s.code), english.samples.map((s) => s.code), 'the same code');
        const demoLinks = (page: typeof english): string[] => page.links.filter((link) => link.includes('/demos/'));
        assert.deepEqual(demoLinks(korean), demoLinks(english));
      });

      it('fits on one screen before its examples', () => {
        for (const page of [english, korean]) {
          assert.ok(page.intro.length <= MAX_INTRO_CHARS, `${page.title}: ${page.intro.length} characters above the examples`);
        }
      });

      for (const locale of LOCALES) {
        it(`links (${locale}): its picture, both its demos, pages in its own language, files that exist`, () => {
          const page = locale === 'en' ? english : korean;
          assert.ok(page.links.includes(timingImagePath(slug, locale)), 'shows its timing picture');
          for (const demo of DEMOS.filter((candidate) => candidate.concept === slug)) {
            assert.ok(page.links.includes(`../../demos/${demo.file}`), `links demos/${demo.file}`);
          }
          for (const link of page.links.filter((target) => !/^[a-z]+:/.test(target))) {
            const target = path.join(conceptsDir, link.split('#')[0]!);
            assert.ok(fs.existsSync(target), `${link} exists`);
            if (link.endsWith('.md')) assert.equal(link.endsWith('.ko.md'), locale === 'ko', `${link} is in the page's language`);
          }
        });
      }
    });
  }

  it('docs/README.md lists every page', () => {
    const index = read(path.join('docs', 'README.md'));
    const koreanIndex = read(path.join('docs', 'README.ko.md'));
    for (const slug of CONCEPT_SLUGS) {
      assert.ok(index.includes(`(concepts/${slug}.md)`), slug);
      assert.ok(koreanIndex.includes(`(concepts/${slug}.ko.md)`), slug);
    }
  });
});

describe('timing pictures', () => {
  const timings = JSON.parse(read(path.join('demos', 'timings.json'))) as RecordedTimings;

  it('have recorded figures for every demo, showing its effect', () => {
    assert.deepEqual(Object.keys(timings.demos).sort(), DEMOS.map((demo) => demo.file).sort());
    for (const [file, report] of Object.entries(timings.demos)) {
      assert.equal(claimProblem(report.rows), undefined, file);
      assert.match(report.title.ko, HANGUL, `${file}: a Korean title`);
    }
  });

  it('are the files scripts/record-demo-timings.ts draws from those figures', () => {
    for (const slug of CONCEPT_SLUGS) {
      for (const locale of LOCALES) {
        const file = path.join(conceptsDir, timingImagePath(slug, locale));
        assert.equal(read(file), `${timingSvg(slug, locale, timings, 'fixed')}\n`, `${file} is up to date (npx tsx scripts/record-demo-timings.ts)`);
      }
    }
  });
});

describe('rules and concepts', () => {
  it('every rule has the concept pages behind it', () => {
    for (const rule of Object.keys(rules)) assert.ok((RULE_CONCEPTS[rule]?.length ?? 0) > 0, rule);
  });

  for (const rule of Object.keys(rules) as RuleName[]) {
    it(`${rule}: its explainers link its concept pages`, () => {
      const missing = LOCALES.flatMap((locale) => (RULE_CONCEPTS[rule] ?? [])
        .map((slug) => `../../docs/concepts/${conceptFileName(slug, locale)}`)
        .filter((link) => !explainers[rule][locale].includes(`(${link})`)));
      assert.deepEqual(missing, []);
    });
  }
});
