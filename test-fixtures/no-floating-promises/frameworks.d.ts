// The slice of each framework's published types that the fixtures use (the packages are not installed).
declare module 'next/router' {
  export interface NextRouter {
    push(url: string): Promise<boolean>;
    replace(url: string): Promise<boolean>;
    prefetch(url: string): Promise<void>;
  }
  export function useRouter(): NextRouter;
  const Router: NextRouter;
  export default Router;
}

declare module 'react-router-dom' {
  export interface NavigateFunction {
    (to: string): void | Promise<void>;
  }
  export function useNavigate(): NavigateFunction;
}

declare module 'vue-router' {
  export interface Router {
    push(to: string): Promise<void | Error>;
    replace(to: string): Promise<void | Error>;
  }
  export function useRouter(): Router;
}

declare module 'fastify' {
  export interface FastifyRequest {
    params: Record<string, string>;
  }
  export interface FastifyReply extends PromiseLike<unknown> {
    code(statusCode: number): FastifyReply;
    header(key: string, value: string): FastifyReply;
    send(payload?: unknown): FastifyReply;
  }
  export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => void | Promise<unknown>;
  export interface FastifyInstance {
    get(path: string, handler: RouteHandler): FastifyInstance;
    addHook(name: 'onRequest', hook: (request: FastifyRequest, reply: FastifyReply) => Promise<void> | void): FastifyInstance;
    listen(options: { port: number }): Promise<string>;
  }
  export default function fastify(): FastifyInstance;
}

declare module 'express' {
  export interface Request {
    params: Record<string, string>;
  }
  export interface Response {
    json(body: unknown): Response;
    status(code: number): Response;
  }
  /** Express 5: a handler's returned promise is awaited and its rejection passed to `next`. */
  export type RequestHandler = (req: Request, res: Response) => void | Promise<void>;
  export interface Express {
    get(path: string, ...handlers: RequestHandler[]): Express;
    listen(port: number, callback?: () => void): unknown;
  }
  export default function express(): Express;
}
