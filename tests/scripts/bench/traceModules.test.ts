import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModules, moduleMap } from '../../../scripts/bench/traceModules';

const BUNDLE = ['(function(){', '//#region node_modules/leaflet/dist/leaflet-src.js', '// node_modules/leaflet/dist/leaflet-src.js', 'var L = 1;', '// src/map/linkCanvas.ts', 'function draw() {}', 'draw();'].join('\n');

describe('moduleMap', () => {
  it('places each line of an unminified bundle in the module whose "// path" comment comes before it', () => {
    const moduleOf = moduleMap(BUNDLE);
    expect(moduleOf(0)).toBe('');
    expect(moduleOf(3)).toBe('leaflet/dist/leaflet-src.js');
    expect(moduleOf(5)).toBe('src/map/linkCanvas.ts');
    expect(moduleOf(6)).toBe('src/map/linkCanvas.ts');
  });
});

describe('buildModules', () => {
  it('finds the bundle of a script URL among the build’s assets', () => {
    const dist = mkdtempSync(join(tmpdir(), 'ssm-modules-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'assets', 'index-abc.js'), BUNDLE);
      const moduleOf = buildModules(dist);
      expect(moduleOf('http://127.0.0.1:1/assets/index-abc.js?v=1', 5)).toBe('src/map/linkCanvas.ts');
      expect(moduleOf('http://127.0.0.1:1/assets/other.js', 5)).toBe('');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
