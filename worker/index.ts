import { Hono } from 'hono';

const app = new Hono();
app.get('/v1/health', (c) => c.json({ ok: true, version: '0.1.0' }));

export default app;
