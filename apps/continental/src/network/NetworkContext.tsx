import { useAuth, type ViewerNetworkPermissions } from '@synergia/ui';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** localStorage key remembering which network a user with several last worked on. */
const NETWORK_STORAGE_KEY = 'synergia.continental.networkId';

export type NetworkSummary = { id: string; name: string; acronym: string | null; viewerCan: ViewerNetworkPermissions };

/** The network the app is showing, and what the viewer may do in it. */
export type CurrentNetwork = {
  /** The network shown; null when the viewer holds no role in any network. */
  network: NetworkSummary | null;
  /** Every network the viewer may pick. */
  networks: readonly NetworkSummary[];
  /** Switches to another of `networks`. */
  select(networkId: string): void;
  /** Creates synergies, users and role grants (the API's `Network.viewerCan`). */
  isAdmin: boolean;
  canReadAudit: boolean;
};

const NetworkContext = createContext<CurrentNetwork | null>(null);

function storedNetworkId(): string | null {
  try {
    return localStorage.getItem(NETWORK_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Chooses the network from the viewer's networks (the remembered one, else the first). Use below RequireAuth. */
export function NetworkProvider({ children }: { children: ReactNode }) {
  const { viewer } = useAuth();
  const networks = useMemo(() => viewer?.networks ?? [], [viewer]);
  const [chosenId, setChosenId] = useState<string | null>(storedNetworkId);

  const network = networks.find((n) => n.id === chosenId) ?? networks[0] ?? null;

  const select = useCallback((networkId: string) => {
    setChosenId(networkId);
    try {
      localStorage.setItem(NETWORK_STORAGE_KEY, networkId);
    } catch {
      // Not remembered; still switched for this page.
    }
  }, []);

  const value = useMemo<CurrentNetwork>(
    () => ({
      network,
      networks,
      select,
      isAdmin: Boolean(network?.viewerCan.createSynergy && network.viewerCan.createUser && network.viewerCan.grantRole),
      canReadAudit: Boolean(network?.viewerCan.readAuditLog),
    }),
    [network, networks, select],
  );
  return <NetworkContext.Provider value={value}>{children}</NetworkContext.Provider>;
}

/** The current network; must be used below {@link NetworkProvider}. */
export function useCurrentNetwork(): CurrentNetwork {
  const value = useContext(NetworkContext);
  if (!value) throw new Error('useCurrentNetwork must be used inside <NetworkProvider>');
  return value;
}
