import { row, type BoardTemplate, type ScriptTemplate } from './types';

export const CAFE_ORDER: ScriptTemplate = {
  title: 'Order a drink at the counter',
  job: 'Get a good coffee quickly on the way to work, without having to think about it.',
  outcome: 'Drink in hand within five minutes, made the way I like it, and I knew what was going on the whole time.',
  steps: [
    row('Walk in', 'Walks in and looks for the end of the queue', 'Where to queue and whether it is moving', 'Greets people at the door when there is a queue', 'Keeps the queue area clear; opens a second till at peak', 'Door, queue barrier, "Order here" sign', 'The queue snakes past the pick-up point: people collect in the wrong place'),
    row('Read the menu', 'Reads the board while queuing', 'Prices, sizes, milk options, what is vegan', 'Offers a paper menu to people further back', 'Updates the board when a product runs out', 'Menu board above the counter, paper menu', 'Idea: show milk options and allergens on the paper menu, not only the board'),
    row('Order', 'Says the drink, size and milk', 'That the order was understood', 'Repeats the order back and writes it on the cup', 'Till sends the order to the bar screen', 'Till, cup with name', 'Names are misheard in a noisy room: print the order on a sticker instead'),
    row('Pay', 'Taps a card or phone, or pays cash', 'The total before paying; whether there is a loyalty stamp', 'Tells the total and offers the loyalty card', 'Card terminal settles; cash counted at close', 'Card reader, loyalty card', 'Loyalty card is forgotten: offer a stamp on the receipt'),
    row('Wait', 'Steps aside and waits near the bar', 'How long it will take; where the drink will appear', 'Calls out the queue length when it is busy', 'Barista works through the orders on the bar screen', 'Pick-up point sign, order screen', 'Nobody says how long: show "about 4 minutes" on the order screen'),
    row('Collect', 'Hears the name and takes the cup', 'Which cup is theirs', 'Calls the name and the drink', 'Checks the cup against the order ticket', 'Pick-up counter, name on cup', 'Two "Sam"s take each other\'s drinks: call the drink with the name'),
    row('Drink', 'Adds sugar or a lid and leaves, or sits down', 'Where lids, sugar and napkins are', 'Clears tables and asks how the drink was', 'Restocks lids and napkins every hour', 'Condiment station, tables', 'Lids run out at peak: put a second stack by the door'),
  ],
};

export const RETURN_ITEM: ScriptTemplate = {
  title: 'Return an item',
  job: 'Get my money back for something that did not suit me, without a fuss.',
  outcome: 'Refund on my card the same day, and I did not have to argue.',
  steps: [
    row('Bring it back', 'Brings the item and the receipt to the counter', 'Whether a receipt is needed and how long returns are open', 'Asks what was wrong with it', 'Returns policy printed at the till', 'Counter, receipt', 'Lost receipts: look orders up by card instead'),
    row('Refund', 'Taps the same card again', 'When the money will be back', 'Refunds to the card and says when it will show', 'Item logged as returned and checked before resale', 'Card reader, refund slip', 'People worry the refund failed: print "refunded" on the slip'),
    row('Leave', 'Leaves, maybe orders something else', 'That it went through', 'Thanks them and offers a voucher when it was our mistake', 'Reason noted for the weekly review', 'Refund slip, voucher', 'Ask one question: "what would have made it right?"'),
  ],
};

export const CAFE_TEMPLATE: BoardTemplate = {
  id: 'cafe-order',
  name: 'Café order',
  summary: 'Ordering a drink at a café counter, with a returns scenario.',
  scripts: [CAFE_ORDER, RETURN_ITEM],
};
