import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { sceneToSvg, type SvgScene } from '../../../app/src/interchange/svg.ts';

const scene: SvgScene = {
  width: 400, height: 300, background: '#ffffff',
  font: { family: 'Inter, sans-serif', size: 14, weight: '500', color: '#1f2937' },
  edges: [{ x1: 10, y1: 20, x2: 100, y2: 120, color: '#cbd5e1', width: 1 }],
  nodes: [{ x: 10, y: 20, r: 6, color: '#7fb3e6', label: 'Carney\'s <Community> & Co' }, { x: 100, y: 120, r: 10, color: '#f6a96b', ring: '#1d4ed8' }],
};

describe('sceneToSvg', () => {
  it('writes well-formed SVG with ties under nodes under labels, text escaped', () => {
    const svg = sceneToSvg(scene);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement!;
    expect(root.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(Array.from(root.getElementsByTagName('g')).map((g) => g.getAttribute('class'))).toEqual(['ties', 'nodes', 'labels']);
    expect(root.getElementsByTagName('circle').length).toBe(2);
    expect(root.getElementsByTagName('line')[0].getAttribute('stroke')).toBe('#cbd5e1');
    // A ring is a stroke inside the disc's edge: radius 10 - 2.8/2, width 28% of 10.
    const ringed = root.getElementsByTagName('circle')[1];
    expect([ringed.getAttribute('r'), ringed.getAttribute('stroke'), ringed.getAttribute('stroke-width')]).toEqual(['8.6', '#1d4ed8', '2.8']);
    const labels = Array.from(root.getElementsByTagName('text'));
    expect(labels.map((t) => t.textContent)).toEqual(['Carney\'s <Community> & Co']);
    // The label sits right of its circle, vertically centred on it.
    expect(labels[0].getAttribute('x')).toBe('19');
    expect(labels[0].getAttribute('y')).toBe('24.7');
  });
});
