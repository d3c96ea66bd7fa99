import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Order {
  id: string;
  total: number;
}

interface Repository {
  save(order: Order): Promise<void>;
  find(id: string): Promise<Order | undefined>;
  count(): number;
}

export class OrderService {
  readonly events = new EventEmitter();

  constructor(private readonly repo: Repository) {
    this.events.on('placed', async (order: Order) => { // asyncwise-expect: no-floating-promises
      await this.repo.save(order);
    });
    this.events.on('audited', async (order: Order) => {
      try {
        await this.repo.save(order);
      } catch (error) {
        console.error('audit failed', error);
      }
    });
  }

  place(order: Order): void {
    this.repo.save(order); // asyncwise-expect: no-floating-promises
    this.events.emit('placed', order);
  }

  async placeAll(orders: Order[]): Promise<void> {
    orders.map((order) => this.repo.save(order)); // asyncwise-expect: no-floating-promises
    await Promise.all(orders.map((order) => this.repo.save(order)));
  }

  async settle(order: Order): Promise<void> {
    try {
      this.repo.save(order); // asyncwise-expect: no-floating-promises
    } catch (error) {
      console.error('settle failed', error);
    }
    const audit = this.repo.save({ ...order, id: `${order.id}-audit` }); // asyncwise-expect: no-floating-promises
    const lookup = this.repo.find(order.id);
    console.log('settled', this.repo.count(), await lookup);
  }

  refreshLater(order: Order): void {
    setTimeout(async () => { // asyncwise-expect: no-floating-promises
      await this.repo.find(order.id);
    }, 1_000);
    this.repo.find(order.id).then((found) => console.log(found)); // asyncwise-expect: no-floating-promises
    this.repo.find(order.id).then(console.log, console.error);
    this.repo.find(order.id).finally(() => console.log('looked up')); // asyncwise-expect: no-floating-promises
    this.repo.find(order.id).catch(console.error).finally(() => console.log('done'));
  }

  async poll(order: Order): Promise<Order | undefined> {
    Promise.race([this.repo.find(order.id), sleep(500)]); // asyncwise-expect: no-floating-promises
    void this.repo.find(order.id);
    const found = this.repo.find(order.id);
    return found;
  }

  count(): number {
    return this.repo.count();
  }
}
