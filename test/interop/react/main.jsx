// React 19 renders custom elements natively: an object prop is set as a property when the element has it
// (so the kit is registered before the first render), and `on<event-name>` props become event listeners.
import 'eco-nudge/define';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { tee, phone, candidates, options, extraOption, parcel } from '../fixtures.js';

function App() {
  const [weightGrams, setWeightGrams] = useState(tee.weightGrams);
  const [deliveryOptions, setDeliveryOptions] = useState(options);
  const [footprint, setFootprint] = useState({ grams: '', count: 0 });
  const [alternative, setAlternative] = useState('');
  const [delivery, setDelivery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const product = useMemo(() => ({ ...tee, weightGrams }), [weightGrams]);

  return (
    <eco-provider locale="en" currency="EUR">
      <h1>React</h1>
      <eco-footprint-badge
        id="badge"
        product={product}
        oneco-footprint-change={(e) => setFootprint((f) => ({ grams: String(Math.round(e.detail.result.co2eGrams)), count: f.count + 1 }))}
      />
      <eco-alternatives id="alternatives" product={phone} candidates={candidates} oneco-alternative-select={(e) => setAlternative(e.detail.alternativeId)} />
      <form
        id="form"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(String(new FormData(e.currentTarget).get('delivery') ?? ''));
        }}
      >
        <eco-delivery-options id="delivery" name="delivery" options={deliveryOptions} parcel={parcel} oneco-delivery-select={(e) => setDelivery(e.detail.optionId)} />
        <button id="submit" type="submit">Order</button>
      </form>
      <button id="heavier" type="button" onClick={() => setWeightGrams((g) => g * 2)}>Heavier</button>
      <button id="more-options" type="button" onClick={() => setDeliveryOptions([...options, extraOption])}>More options</button>
      <p>Footprint: <output id="last-footprint">{footprint.grams}</output> (<output id="footprint-count">{footprint.count}</output> changes)</p>
      <p>Alternative: <output id="last-alternative">{alternative}</output></p>
      <p>Delivery: <output id="last-delivery">{delivery}</output></p>
      <p>Submitted: <output id="submitted">{submitted}</output></p>
    </eco-provider>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
