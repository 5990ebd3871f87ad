import type { ReactNode } from 'react';

export type NetworkPageHeaderProps = {
  /** The network's name, above the title. */
  network: string | null | undefined;
  title: string;
  intro?: string;
  /** Beside the title: links to the related pages. */
  links?: ReactNode;
};

/** The header of a network-wide page: the network, the title and what the page shows, with links beside. */
export function NetworkPageHeader({ network, title, intro, links }: NetworkPageHeaderProps) {
  return (
    <div className="page-header">
      <div>
        <p className="page-header__eyebrow">{network}</p>
        <h1>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
      </div>
      {links ? <p>{links}</p> : null}
    </div>
  );
}
