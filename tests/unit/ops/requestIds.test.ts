import { describe, expect, it } from 'vitest';
import { loggingOptions, REQUEST_ID_PATTERN } from '../../../graph-service/src/logging.ts';

const idFor = (header?: string) => loggingOptions(true).genReqId!({ headers: header === undefined ? {} : { 'x-request-id': header } } as never);

describe('request ids', () => {
  it('keeps a well-formed incoming x-request-id and replaces anything else with a new UUID', () => {
    expect(idFor('lb-7f3a.92:1')).toBe('lb-7f3a.92:1');
    for (const bad of [undefined, '', 'has space', 'line\nbreak', 'x'.repeat(65), '<script>']) {
      const id = idFor(bad);
      expect(id, String(bad)).toMatch(/^[0-9a-f-]{36}$/);
      expect(REQUEST_ID_PATTERN.test(id)).toBe(true);
    }
  });

  it('logs nothing unless asked', () => {
    expect(loggingOptions().logger).toBe(false);
    expect(loggingOptions(true).logger).toMatchObject({ level: 'info' });
  });
});
