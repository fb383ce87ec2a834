/** "Share": copies the address of the view on screen (the view's state is in it), and says so. */
import { useState } from 'react';

export function ShareButton() {
  const [note, setNote] = useState<string | null>(null);
  const share = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setNote('Link copied: whoever opens it sees this view.');
    } catch {
      // Without clipboard access (an insecure page, a refusal) the link is shown to copy by hand.
      setNote(`Copy this link: ${link}`);
    }
    window.setTimeout(() => setNote(null), 6000);
  };
  return (
    <span className="share">
      <button type="button" className="secondary" onClick={() => void share()} data-testid="share">
        Share
      </button>
      <span className="share-note" role="status" data-testid="share-note">
        {note}
      </span>
    </span>
  );
}
