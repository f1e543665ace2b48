import { CSGHub } from 'csgkit/csghub';

const csghub = new CSGHub();
const { uuid = '' } = await csghub.me();

// Money is in cents (分) of CNY; spending is negative.
const { balance } = await csghub.accounting.balance.get(uuid);
console.log(`balance: ¥${(balance / 100).toFixed(2)}`);

// What inference endpoints (scene 10) cost this month: the total, then each, page by page.
const bills = await csghub.accounting.bills.list(uuid, {
  scene: 10,
  start_date: '2026-11-01',
  end_date: '2026-11-30',
});
console.log(`spent: ¥${(-(bills.summary.total_value ?? 0) / 100).toFixed(2)}`);
for await (const bill of bills) {
  console.log(bill.instance_name, `¥${(-bill.value / 100).toFixed(2)}`);
}

// Top up ¥100 (the order amount is in yuan): show the QR code, then poll the order.
const order = await csghub.accounting.recharges.createPayOrder({
  rechargeAmount: 100,
  channelCode: 'wx_pub_qr',
});
console.log('pay with:', order.content);
const status = await csghub.accounting.recharges.getStatus(order.rechargeUUID);
console.log(status.rechargeSucceeded ? 'paid' : 'waiting for payment');
