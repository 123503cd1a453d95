export { anyText, tokenSoup } from './anyText';
export { examplePlans, mutate, mutatedPlans, type Mutation } from './mutations';
export { planText, tidyPlanText, withLineBreaks } from './planText';
export { today } from './today';
export { fullFrontmatter, tidyFrontmatter, yamlishFrontmatter } from './yamlish';
