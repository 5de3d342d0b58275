/** Input of upsertAutomaker. */

import { Field, ID, InputType } from 'type-graphql';

@InputType('AutomakerInput', { description: 'An automaker to create, or to update when its id exists.' })
export class AutomakerInput {
  @Field(() => ID, { description: 'Id of the form automaker:<slug>, e.g. automaker:leapmotor.' })
  id!: string;

  @Field({ description: 'The name it is known by (1 to 200 characters).' })
  name!: string;

  @Field(() => ID, { description: 'Headquarters country id, e.g. country:CN.' })
  countryId!: string;
}
