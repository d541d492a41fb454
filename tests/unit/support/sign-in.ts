import { syncAccountStorage } from '../../../extension/lib/storage';
import type { FakeSyncServer } from './fake-sync-server';

/**
 * This browser signed in to the fake server's one account, as the device `deviceId`, with the
 * token the server knows from the start (`token-a`).
 */
export function signIn(server: FakeSyncServer, deviceId = 'dev-a'): Promise<void> {
  return syncAccountStorage.setValue({
    serverUrl: server.url,
    accountId: 'acc-1',
    deviceId,
    token: 'token-a',
  });
}
