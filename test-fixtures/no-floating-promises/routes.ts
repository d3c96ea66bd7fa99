// Framework code the rule must stay silent on: builders, awaited handlers, navigation, test registrations.
import express from 'express';
import fastify from 'fastify';
import * as vscode from 'vscode';
import { useRouter } from 'next/router';
import Router from 'next/router';
import { useNavigate } from 'react-router-dom';
import { useRouter as useVueRouter } from 'vue-router';

declare function loadUser(id: string): Promise<{ id: string } | undefined>;

const api = fastify();
api.get('/users/:id', async (request, reply) => {
  const user = await loadUser(request.params['id'] ?? '');
  if (!user) {
    reply.code(404).header('cache-control', 'no-store').send({ error: 'not found' });
    return reply;
  }
  return user;
});
api.addHook('onRequest', async (request) => {
  await loadUser(request.params['id'] ?? '');
});

const app = express();
app.get('/users/:id', async (req, res) => {
  res.json(await loadUser(req.params['id'] ?? ''));
});

export function onLogin(): void {
  const router = useRouter();
  router.push('/dashboard');
  Router.replace('/home');
  const navigate = useNavigate();
  navigate('/welcome');
  const vueRouter = useVueRouter();
  vueRouter.push('/profile');
  vscode.window.showInformationMessage('Signed in');
}

export function onLogout(): void {
  loadUser('me'); // asyncwise-expect: no-floating-promises
}

export async function start(): Promise<void> {
  await api.listen({ port: 3000 });
}
