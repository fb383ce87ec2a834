/**
 * The embed (`?embed=1`): the map alone for another website's page, read-only whatever the
 * caller's role, with a small link that opens the same view in Alliance Atlas. The service lets
 * other sites frame only this page and only for published maps (security/embed.ts).
 */
import { isEmbed, withoutEmbed } from './embed';

export { isEmbed };

export function OpenInAtlas() {
  return (
    <a className="embed-open" href={withoutEmbed(window.location.href)} target="_blank" rel="noopener" data-testid="embed-open">
      Open in Alliance Atlas
    </a>
  );
}
