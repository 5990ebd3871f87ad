import { Link } from 'react-router';

/** "← All synergies": the way back to the list a page belongs to, above its heading. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
