import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '../../../src/csghub/index.js';
import { client, example, failure, recorder } from './context.js';
import { collect } from '../../helpers/collect.js';

const OWNER = '8f2c5c8e-6b1a-4c1d-9f3e-2a7b5d9c0e14';
const RECHARGE = '0d6b3f5e-8a4c-4a77-9d2e-51c3b7f9e8a2';
const JUNE = { start_date: '2026-06-01', end_date: '2026-06-30' };
const JULY_1 = { start_time: '2026-07-01 00:00:00', end_time: '2026-07-01 23:59:59' };
const TITLE = {
  title: '北京开放传神科技有限公司',
  title_type: 'enterprise_ordinary',
  invoice_type: 'ordinary',
  tax_id: '91110108MA01XXXXXX',
  contact_phone: '13800138000',
  email: 'finance@opencsg.com',
  is_default: true,
};

/** A client that also records what it sent: each request's JSON body and the number of calls. */
function spying() {
  const bodies: unknown[] = [];
  const hub = client({
    fetch: (input, init) => {
      bodies.push(typeof init.body === 'string' ? JSON.parse(init.body) : undefined);
      return recorder.fetch(input, init);
    },
  });
  return { hub, bodies };
}

/** Contract tests of this area; see csghub.contract.test.ts. */
export function accounting(): void {
  describe('accounting: balance and bills', () => {
    it('reads a balance in cents, overdrawn too, and a refusal as a 500', async () => {
      const balance = await client().accounting.balance.get(OWNER);
      expect(balance.balance).toBe(12850.5);
      expect(balance.composition).toEqual({ cash: 10000, bonus: 2850.5 });
      const overdrawn = await client().accounting.balance.get(OWNER, example('overdrawn'));
      expect(overdrawn.balance).toBe(-320);
      await expect(
        client().accounting.balance.get(OWNER, failure(500, 'balance')),
      ).rejects.toMatchObject({
        constructor: InternalServerError,
        message: expect.stringContaining('fail to get account balance') as unknown,
      });
    });

    it('pages every account (data.data), sets a warning and reports a non-admin', async () => {
      const page = await client().accounting.balance.listAll({ per: 10 });
      expect(page.items.map((a) => [a.id, a.cash_balance])).toEqual([
        [1017, 250000],
        [1024, 10000],
      ]);
      expect(page.total).toBe(2);
      expect(page.hasNextPage()).toBe(false);
      const past = await client().accounting.balance.listAll({ page: 3 }, example('empty'));
      expect(past.items).toEqual([]);
      await expect(
        client().accounting.balance.listAll({}, failure(403, 'notAdmin')),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-6' });
      await expect(
        client().accounting.balance.setLowBalanceWarning({ low_balance_warn: 5000 }),
      ).resolves.toBeUndefined();
    });

    it('lists bills and statements with negative cents, and a bad scene as BadRequestError', async () => {
      const bills = await client().accounting.bills.list(OWNER, {
        scene: 10,
        ...JUNE,
        instance_name: 'wukong',
      });
      expect(bills.items.map((b) => [b.instance_name, b.value])).toEqual([
        ['u-wanghh2000-csg-wukong-1b-8a3f', -960],
        ['u-wanghh2000-qwen2-5-7b-51c0', -420],
      ]);
      expect(bills.total).toBe(2);
      // The totals over every page stay on the page, in cents.
      expect(bills.summary.total_value).toBe(-1380);
      const none = await client().accounting.bills.list(
        OWNER,
        { scene: 10, ...JUNE },
        example('empty'),
      );
      expect(none.items).toEqual([]);
      await expect(
        client().accounting.bills.list(OWNER, { scene: 10, ...JUNE }, failure(400, 'badScene')),
      ).rejects.toBeInstanceOf(BadRequestError);

      const statements = await client().accounting.statements.list(OWNER, { scene: 10, ...JULY_1 });
      expect(statements.items[0]).toMatchObject({ value: -20, price: 1200, balance_value: 9980 });
      expect(
        await collect(
          client().accounting.statements.list(OWNER, { scene: 10, ...JULY_1 }, example('empty')),
        ),
      ).toEqual([]);
    });

    it('lists metering records, and another account as InternalServerError', async () => {
      const records = await collect(
        client().accounting.metering.list(OWNER, { scene: 10, ...JULY_1, per: 10 }),
      );
      expect(records.map((r) => r.id)).toEqual([9916205, 9916204]);
      await expect(
        client().accounting.metering.list(
          OWNER,
          { scene: 10, ...JULY_1 },
          failure(500, 'statements'),
        ),
      ).rejects.toBeInstanceOf(InternalServerError);
    });

    // The mock serves that text/plain answer only to a caller that accepts it.
    it('reports a hub without the billing module (plain-text 404) as NotFoundError', async () => {
      const noRoute = { headers: { Prefer: 'code=404', accept: 'application/json, text/plain' } };
      await expect(client().accounting.balance.get(OWNER, noRoute)).rejects.toMatchObject({
        constructor: NotFoundError,
        status: 404,
        message: expect.stringContaining('404 page not found') as unknown,
      });
    });
  });

  describe('accounting: recharges', () => {
    it('creates a pay order in yuan and polls it', async () => {
      const order = await client().accounting.recharges.createPayOrder({
        channelCode: 'wx_pub_qr',
        rechargeAmount: 100,
      });
      expect(order).toMatchObject({ rechargeUUID: RECHARGE, channel: 'wx_pub_qr' });
      expect(order.content).toMatch(/^weixin:\/\//);
      const waiting = await client().accounting.recharges.getStatus(RECHARGE);
      expect(waiting.rechargeSucceeded).toBe(false);
      const paid = await client().accounting.recharges.getStatus(RECHARGE, example('paid'));
      expect(paid.rechargeSucceeded).toBe(true);
    });

    it('lists an account’s, my and every recharge order (amounts in yuan)', async () => {
      const page = await client().accounting.recharges.list({ user_uuid: OWNER, ...JUNE, per: 20 });
      expect(page.items.map((r) => [r.order_no, r.amount, r.succeeded])).toEqual([
        ['202607011858402981356601344', 50, false],
        ['202607011858401720497016832', 100, true],
      ]);
      expect(page.total).toBe(2);
      const mine = await client().accounting.recharges.listMine({
        ...JULY_1,
        recharge_status: 'succeed',
        recharge_payment_type: 'wx_pub_qr',
      });
      expect(mine.items.map((r) => r.uuid)).toContain(RECHARGE);
      const none = await client().accounting.recharges.listAll({ ...JUNE }, example('empty'));
      expect(none.items).toEqual([]);
      const all = await collect(
        client().accounting.recharges.listAll({ ...JUNE, user_name: 'wanghh2000' }),
      );
      expect(all).toHaveLength(2);
      await expect(
        client().accounting.recharges.listAll({ ...JUNE }, failure(403, 'notAdmin')),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-6' });
    });

    it('runs the weekly report once, even when it fails', async () => {
      await expect(client().accounting.recharges.runWeeklyReport()).resolves.toBeUndefined();
      const { hub, bodies } = spying();
      await expect(
        hub.accounting.recharges.runWeeklyReport({
          headers: { Prefer: 'code=500, example=internal' },
        }),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-0' });
      expect(bodies).toHaveLength(1);
    });
  });

  describe('accounting: invoices', () => {
    it('reads the POST list, paging in the body', async () => {
      const { hub, bodies } = spying();
      const page = await hub.accounting.invoices.list({ status: 'issued', page_size: 10 });
      expect(bodies).toEqual([{ status: 'issued', page: 1, page_size: 10 }]);
      expect(page.items.map((i) => [i.id, i.invoice_amount, i.status])).toEqual([
        [42, 128000, 'issued'],
      ]);
      expect(page.total).toBe(1);
      expect(page.hasNextPage()).toBe(false);
      const none = await client().accounting.invoices.list(
        { search: '开放传神' },
        example('empty'),
      );
      expect(none.items).toEqual([]);
      await expect(
        client().accounting.invoices.list({}, failure(400, 'bodyValidation')),
      ).rejects.toBeInstanceOf(BadRequestError);
    });

    it('walks invoicable months page by page through the body', async () => {
      const { hub, bodies } = spying();
      // The mock answers the same two months (total 2) to every page: two pages of one.
      const months = await collect(
        hub.accounting.invoices.listInvoicableMonths({
          start_month: '2026-01',
          end_month: '2026-07',
          page_size: 1,
        }),
      );
      expect(bodies).toEqual([
        { start_month: '2026-01', end_month: '2026-07', page: 1, page_size: 1 },
        { start_month: '2026-01', end_month: '2026-07', page: 2, page_size: 1 },
      ]);
      expect(months[0]).toEqual({ bill_cycle: '2026-06', amount: 35600 });
      expect(months).toHaveLength(4);
    });

    it('reads, requests and totals invoices in cents', async () => {
      const invoice = await client().accounting.invoices.get(42);
      expect(invoice).toMatchObject({ id: 42, invoice_amount: 128000, status: 'issued' });
      const processing = await client().accounting.invoices.get(57, example('processing'));
      expect(processing.invoice_url).toBe('');
      await expect(
        client().accounting.invoices.create({
          title_id: 7,
          bill_cycle: '2026-05',
          invoice_amount: 128000,
        }),
      ).resolves.toBeUndefined();
      const dashboard = await client().accounting.invoices.getDashboard({
        start_month: '2026-01',
        end_month: '2026-07',
      });
      expect(dashboard).toEqual({
        current_month_non_invoicable: 6400,
        invoiced_amount: 128000,
        uninvoiced_amount: 35600,
      });
    });

    it('lists, saves, replaces and deletes invoice titles', async () => {
      const titles = await client().accounting.invoices.titles.list();
      expect(titles.items.map((t) => [t.id, t.is_default])).toEqual([[7, true]]);
      expect(
        (await client().accounting.invoices.titles.list({ search: 'x' }, example('empty'))).items,
      ).toEqual([]);
      const saved = await client().accounting.invoices.titles.create(TITLE);
      expect(saved).toMatchObject({ id: 7, user_name: 'wanghh2000' });
      await expect(
        client().accounting.invoices.titles.update(7, { ...TITLE, email: 'invoices@opencsg.com' }),
      ).resolves.toBeUndefined();
      await expect(client().accounting.invoices.titles.delete(7)).resolves.toBeUndefined();
    });

    it('lets finance list, read, settle and delete any invoice', async () => {
      const pending = await client().accounting.invoices.admin.list({ status: 'processing' });
      expect(pending.items.map((i) => i.id)).toEqual([42]);
      const invoice = await client().accounting.invoices.admin.get(42);
      expect(invoice.user_name).toBe('wanghh2000');
      const issued = await client().accounting.invoices.admin.update(42, {
        status: 'issued',
        invoice_url: 'https://opencsg-invoices.oss-cn-beijing.aliyuncs.com/2026/06/42.pdf',
      });
      expect(issued.status).toBe('issued');
      await expect(client().accounting.invoices.admin.delete(42)).resolves.toBeUndefined();
      await expect(
        client().accounting.invoices.admin.get(42, failure(403, 'notAdmin')),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-6' });
    });
  });

  describe('accounting: prices', () => {
    it('lists prices in cents per unit, with repeated resource ids', async () => {
      const page = await client().accounting.prices.list({
        sku_type: 1,
        sku_kind: 1,
        resource_id: ['37', '41'],
        sort_by: 'resource_id',
        sort_order: 'ASC',
      });
      expect(page.items.map((p) => [p.resource_id, p.sku_price, p.sku_unit])).toEqual([
        ['37', 1200, 60],
        ['41', 3600, 60],
      ]);
      expect(page.total).toBe(2);
      const none = await client().accounting.prices.list({ sku_type: 1 }, example('empty'));
      expect(none.items).toEqual([]);
    });

    it('reads, creates, updates and deletes a price; a non-admin is refused', async () => {
      const price = await client().accounting.prices.get(88);
      expect(price).toMatchObject({ id: 88, sku_price: 1200, sku_unit_type: 'minute' });
      const tokens = await client().accounting.prices.get(131, example('promptTokens'));
      expect(tokens.sku_cached_price).toBe(100);
      const created = await client().accounting.prices.create({
        sku_type: 1,
        sku_price: 1200,
        sku_unit: 60,
        sku_desc: 'NVIDIA A10 24GB, pay as you go',
        resource_id: '37',
        sku_unit_type: 'minute',
        sku_price_currency: 'CNY',
        sku_kind: 1,
        sku_status: 1,
      });
      expect(created.id).toBe(88);
      const updated = await client().accounting.prices.update(88, { sku_price: 1000 });
      expect(updated.id).toBe(88);
      await expect(client().accounting.prices.delete(88)).resolves.toBeUndefined();
      await expect(
        client().accounting.prices.delete(88, failure(403, 'notAdmin')),
      ).rejects.toMatchObject({ constructor: PermissionDeniedError, code: 'AUTH-ERR-6' });
    });
  });

  describe('accounting: subscriptions', () => {
    it('lists subscriptions and their bills, and reads the status', async () => {
      const subs = await client().accounting.subscriptions.list({
        status: 'active',
        sku_type: 1,
        ...JULY_1,
      });
      expect(subs.items.map((s) => [s.id, s.resource_id, s.amount_paid_total])).toEqual([
        [311, 'pro', 19800],
      ]);
      expect(subs.total).toBe(1);
      expect(subs.summary.paid_total_amount).toBe(19800);
      const bills = await client().accounting.subscriptions.listBills({
        status: 'paid',
        sku_type: 1,
        ...JULY_1,
        user_uuid: OWNER,
      });
      expect(bills.items.map((b) => b.amount_paid)).toEqual([9900, 9900]);
      expect(bills.summary.total_amount).toBe(19800);
      const none = await client().accounting.subscriptions.listBills(
        { status: 'unpaid', sku_type: 1, ...JULY_1 },
        example('empty'),
      );
      expect(none.items).toEqual([]);
      const state = await client().accounting.subscriptions.getStatus({ sku_type: 1 });
      expect(state).toMatchObject({ status: 'active', resource_id: 'pro' });
      expect(state.usage?.[0]).toMatchObject({ used: 1260, quota: 6000 });
    });

    it('subscribes once, and a balance too low is one InternalServerError, not retried', async () => {
      const sub = await client().accounting.subscriptions.change({
        sku_type: 1,
        resource_id: 'pro',
        sku_unit_type: 'month',
      });
      expect(sub).toMatchObject({ id: 311, status: 'active', amount_paid_total: 9900 });
      const { hub, bodies } = spying();
      await expect(
        hub.accounting.subscriptions.change(
          { sku_type: 1, resource_id: 'pro', sku_unit_type: 'month' },
          { headers: { Prefer: 'code=500, example=insufficientBalance' } },
        ),
      ).rejects.toMatchObject({ constructor: InternalServerError, code: 'ACT-ERR-0' });
      expect(bodies).toHaveLength(1);
    });
  });
}
