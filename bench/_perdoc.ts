import { abuses } from './abuse.js';
import { spawnEmulator, spawnGateway } from './processes.js';
const emulator = await spawnEmulator({ users: 1000, seed: 42 });
const gateway = await spawnGateway(emulator.url, { NODE_ENV: 'production' });
const users = (await (await fetch(`${emulator.url}/api/v2/users?pageSize=500`, { headers: { authorization: 'Bearer b' } })).json()) as { entities: Array<{ id: string }> };
for (const a of abuses(users.entities.map((u) => u.id))) {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: a.body() });
    await r.text();
    times.push(performance.now() - t);
  }
  console.log(times.map((t) => t.toFixed(0)).join(' '), a.name);
}
await gateway.stop(); await emulator.stop();
