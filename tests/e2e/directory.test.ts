/**
 * The review queue in Chromium, on the Battersea map (open mode: the local user is the map's
 * admin, so at least a member): the Review tab lists the facts older than the map's freshness age,
 * oldest first as the service answers them; a row opens its node, whose panel says why it is due
 * and offers "Still true".
 */
import { describe, expect, it } from 'vitest';
import type { Review } from '../../app/src/directory/api.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile } from './support/browser.ts';

const rig = rigForThisFile();

describe('review queue', () => {
  it('a member opens the queue, sees the oldest first and opens one', async () => {
    const res = await fetch(new URL(`/api/maps/${BATTERSEA}/review?limit=100`, rig.server.url));
    expect(res.status).toBe(200);
    const review = (await res.json()) as Review;
    expect(review.items.length).toBeGreaterThan(3);

    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.click('[data-testid="tab-review"]');
    await page.waitForSelector('[data-testid="review-item"]');
    const ids = await page.$$eval('[data-testid="review-item"]', (rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(ids).toEqual(review.items.map((i) => i.id));
    expect(await page.textContent('[data-testid="review-summary"]')).toContain('oldest first');

    const node = review.items.find((i) => i.kind === 'node')!;
    await page.click(`[data-testid="review-item"][data-id="${node.id}"] button.link`);
    const panel = await page.waitForSelector(`[data-testid="node-panel"][aria-label="Details of ${node.title}"]`);
    const note = await panel.waitForSelector('[data-testid="stale-note"]');
    expect(await note.textContent()).toMatch(/Last confirmed .+, older than this map's 12 months\. If it is still true, say so\.|Never confirmed/);
    expect(await panel.$('[data-testid="still-true"]')).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
