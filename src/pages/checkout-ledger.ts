/**
 * The checkout's persisting ledger, up front: its savings counter shows the stored savings at first paint. Imported
 * before the provider is defined (src/pages/checkout.ts), so a provider with `persist` reads the store at its first
 * update. The listing and product entries load it on demand (src/components/provider/ledger-core.ts).
 */
import { useLedgerStorage } from '../components/provider/ledger.js';

useLedgerStorage();
