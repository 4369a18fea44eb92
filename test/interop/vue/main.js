// Vue 3 with an in-browser template (the full build of Vue). Tags starting with `eco-` are declared custom
// elements; `:prop` binds a DOM property when the element has it, and `@eco-…` listens to the kit's events.
import 'eco-nudge/define';
import { createApp, computed, ref, shallowRef } from 'vue';
import { tee, phone, candidates, options, extraOption, parcel } from '../fixtures.js';

const app = createApp({
  setup() {
    const weightGrams = ref(tee.weightGrams);
    const product = computed(() => ({ ...tee, weightGrams: weightGrams.value }));
    const deliveryOptions = shallowRef(options);
    const footprint = ref('');
    const footprintCount = ref(0);
    const alternative = ref('');
    const delivery = ref('');
    const submitted = ref('');
    return {
      product, phone, candidates, deliveryOptions, parcel, footprint, footprintCount, alternative, delivery, submitted,
      heavier: () => (weightGrams.value *= 2),
      moreOptions: () => (deliveryOptions.value = [...options, extraOption]),
      onFootprint: (e) => {
        footprint.value = String(Math.round(e.detail.result.co2eGrams));
        footprintCount.value++;
      },
      onSubmit: (e) => (submitted.value = String(new FormData(e.target).get('delivery') ?? '')),
    };
  },
  template: `
    <eco-provider locale="en" currency="EUR">
      <h1>Vue</h1>
      <eco-footprint-badge id="badge" :product="product" @eco-footprint-change="onFootprint"></eco-footprint-badge>
      <eco-alternatives id="alternatives" :product="phone" :candidates="candidates"
        @eco-alternative-select="alternative = $event.detail.alternativeId"></eco-alternatives>
      <form id="form" @submit.prevent="onSubmit">
        <eco-delivery-options id="delivery" name="delivery" :options="deliveryOptions" :parcel="parcel"
          @eco-delivery-select="delivery = $event.detail.optionId"></eco-delivery-options>
        <button id="submit" type="submit">Order</button>
      </form>
      <button id="heavier" type="button" @click="heavier">Heavier</button>
      <button id="more-options" type="button" @click="moreOptions">More options</button>
      <p>Footprint: <output id="last-footprint">{{ footprint }}</output> (<output id="footprint-count">{{ footprintCount }}</output> changes)</p>
      <p>Alternative: <output id="last-alternative">{{ alternative }}</output></p>
      <p>Delivery: <output id="last-delivery">{{ delivery }}</output></p>
      <p>Submitted: <output id="submitted">{{ submitted }}</output></p>
    </eco-provider>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('eco-');
app.mount('#app');
