// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, outermost } from '../../src/page/blocks';

describe('blockOf', () => {
  it('finds the block around a changed inline element or text node', () => {
    document.body.innerHTML =
      '<article><p id="p">Police said <em id="em">the <b id="b">cameras</b></em> work.</p></article>';
    const b = document.getElementById('b')!;
    expect(blockOf(b, document.body)?.id).toBe('p');
    expect(blockOf(b.firstChild!, document.body)?.id).toBe('p');
    expect(blockOf(document.getElementById('p')!, document.body)?.id).toBe('p');
  });

  it('stops at the root it is given', () => {
    document.body.innerHTML = '<span id="s">loose text</span>';
    expect(blockOf(document.getElementById('s')!, document.body)).toBe(document.body);
  });
});

describe('outermost', () => {
  it('keeps only the outermost connected nodes', () => {
    document.body.innerHTML = '<div id="a"><p id="b">x</p></div><p id="c">y</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const detached = document.createElement('p');
    expect(outermost([b!, a!, c!, detached, a!])).toEqual([a, c]);
  });
});
