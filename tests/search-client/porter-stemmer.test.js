// Expected stems are Lucene's PorterStemFilter output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { porterStem } from '../../src/search-client/porter-stemmer.js';

const cases = {
  generalizations: 'gener', running: 'run', ponies: 'poni', caresses: 'caress', cats: 'cat', agreed: 'agre',
  feed: 'feed', plastered: 'plaster', motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl',
  sized: 'size', hopping: 'hop', falling: 'fall', hissing: 'hiss', fizzed: 'fizz', filing: 'file',
  happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration',
  valenci: 'valenc', digitizer: 'digit', conformabli: 'conform', radicalli: 'radic', differentli: 'differ',
  vileli: 'vile', analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic', operator: 'oper',
  feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous', formaliti: 'formal',
  sensitiviti: 'sensit', sensibiliti: 'sensibl', triplicate: 'triplic', formative: 'form', formalize: 'formal',
  electriciti: 'electr', electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv',
  allowance: 'allow', inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop', adjustable: 'adjust',
  defensible: 'defens', irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend',
  adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ', angulariti: 'angular',
  homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler', probate: 'probat', rate: 'rate',
  cease: 'ceas', controll: 'control', roll: 'roll', intellectual: 'intellectu', property: 'properti',
  innovation: 'innov', patents: 'patent', 'u.s': 'u.', analogi: 'analog', syllogism: 'syllog',
};

test('stems words exactly as Lucene PorterStemmer does', () => {
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('leaves words of one or two characters alone', () => {
  for (const word of ['is', 'as', 'ss', 'y', 'ed']) assert.equal(porterStem(word), word);
});

test('treats non-ASCII letters as consonants and digits as they are', () => {
  assert.equal(porterStem('2021s'), '2021');
  assert.equal(porterStem('知识'), '知识');
});
