import { row, type BoardTemplate } from './types';

export const ONLINE_RETURNS: BoardTemplate = {
  id: 'online-returns',
  name: 'Online returns',
  summary: 'Sending back something bought online and getting a refund.',
  scripts: [
    {
      title: 'Return a parcel',
      job: 'Send back what does not fit and get my money back without a trip to the post office.',
      outcome: 'Refund within a week, and I always knew where my parcel was.',
      steps: [
        row('Start a return', 'Opens "My orders" and picks the item', 'Whether it can still be returned and if it costs anything', 'Chat answers questions about the policy', 'Return window checked against the delivery date', 'Order page, returns policy', 'The return button is buried: put it on the order email'),
        row('Print the label', 'Prints the label or saves the QR code', 'Which carrier and where the nearest drop-off is', 'None', 'Carrier label generated and linked to the order', 'Email with label, QR code', 'No printer at home: QR code by default'),
        row('Drop off', 'Drops the parcel at a locker or shop', 'That it was received', 'Shop staff scan the code', 'Carrier scan updates the tracking', 'Locker, drop-off receipt', 'No proof of drop-off: email a receipt on the first scan'),
        row('Refund', 'Checks the bank account', 'When the refund will arrive', 'Support answers "where is my refund?"', 'Warehouse inspects the item and releases the refund', 'Refund email', 'Refund waits for inspection: refund on the first carrier scan for good customers'),
      ],
    },
  ],
};

export const HOSPITAL_VISIT: BoardTemplate = {
  id: 'hospital-outpatient',
  name: 'Hospital outpatient visit',
  summary: 'An outpatient appointment, from the letter to the follow-up.',
  scripts: [
    {
      title: 'Outpatient appointment',
      job: 'See the specialist about my knee and leave knowing what happens next.',
      outcome: 'A clear plan, a date for the next step, and no wasted morning.',
      steps: [
        row('Get the letter', 'Reads the appointment letter', 'Date, time, which building, what to bring', 'None', 'Booking team sends letters from the referral list', 'Letter, text reminder', 'Letters arrive late: send a text with a link'),
        row('Arrive and check in', 'Finds the clinic and checks in at the kiosk', 'Where to go and how long the wait is', 'Reception helps with the kiosk', 'Clinic list updated with arrivals', 'Signs, check-in kiosk', 'Signs use department codes patients do not know'),
        row('Wait', 'Waits in the waiting room', 'Whether the clinic is running late', 'Nurse calls names; updates on delays', 'Notes and scans pulled for the consultant', 'Waiting room screen', 'No idea of the delay: show it on the screen'),
        row('See the consultant', 'Describes the problem, asks questions', 'What the options are and what happens next', 'Consultant examines and explains the plan', 'Clinic letter dictated for the GP', 'Consulting room', 'Too much at once: give a written summary'),
        row('Book the follow-up', 'Books the scan or next visit', 'When and where the next step is', 'Clinic desk books the next appointment', 'Request sent to radiology', 'Appointment card, patient portal', 'Portal login is hard: book at the desk before leaving'),
      ],
    },
  ],
};

export const BANK_ACCOUNT: BoardTemplate = {
  id: 'bank-account',
  name: 'Bank account opening',
  summary: 'Opening a current account in the app, identity checks included.',
  scripts: [
    {
      title: 'Open an account in the app',
      job: 'Have an account to get my salary paid into before my new job starts.',
      outcome: 'Account number and a card on the way the same day.',
      steps: [
        row('Choose the account', 'Compares accounts and picks one', 'Fees, what is needed to apply', 'None', 'Eligibility rules by country and age', 'Website, app store page', 'Fees are hard to find: show them next to each account'),
        row('Prove who I am', 'Photographs an ID and records a selfie', 'Why this is needed and what is kept', 'Support helps when the scan fails', 'Identity check by the verification provider', 'App camera screens', 'Scans fail in low light: tips before the camera opens'),
        row('Wait for approval', 'Waits for the result', 'How long and what happens if it is refused', 'Support answers status questions', 'Compliance reviews flagged applications', 'Status screen, email', 'Silence for days: show the step it is at'),
        row('Start using it', 'Adds the card to the phone wallet, shares the account number', 'Account number, when the card will arrive', 'Welcome call offered', 'Card ordered and posted', 'App home, card letter', 'Salary details needed right away: show them on the first screen'),
      ],
    },
  ],
};
