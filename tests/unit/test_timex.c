/* test_timex.c: the time-expression stage (timex.c, timex_cal.c).
 *
 * Tables of (input, expected). Find cases list every expression found as
 * "anchor=value" joined by " | " so a missing, extra or misplaced one shows
 * in the failure message. All sentences are made up for these tests except
 * the few marked as coming from the project's seed article. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "nkg_internal.h"

/* ---- find ---- */

typedef struct {
  const char *dct;  /* YYYY-MM-DD or NULL */
  const char *text;
  const char *want; /* "anchor=value | anchor=value", "" for none */
} find_case;

static const find_case find_cases[] = {
  /* seed article examples (DCT Monday 2019-01-28) */
  {"2019-01-28", "On Saturday, Guaido said the army should side with the people.",
   "Saturday=2019-01-26"},
  {"2019-01-28", "Maduro's ally spoke out on Sunday against the sanctions.", "Sunday=2019-01-27"},
  {"2019-01-28", "Guaido has called for a new round of protests on Wednesday and Sunday.",
   "Wednesday=2019-01-30 | Sunday=2019-02-03"},
  {"2019-01-28", "In this Wednesday, Jan. 23, 2019 file photo, crowds fill the avenue.",
   "Wednesday, Jan. 23, 2019=2019-01-23"},
  {"2019-01-28", "Maduro met the generals on Sunday.", "Sunday=2019-01-27"},
  {"2019-01-28", "Officials said in an interview Saturday that talks had stalled.",
   "Saturday=2019-01-26"},

  /* absolute dates */
  {"2019-01-28", "The vote took place on January 28, 2019.", "January 28, 2019=2019-01-28"},
  {"2019-01-28", "It was signed Jan. 28, 2019, in the capital.", "Jan. 28, 2019=2019-01-28"},
  {"2019-01-28", "The treaty was signed 28 January 2019 in Lima.", "28 January 2019=2019-01-28"},
  {"2019-03-10", "The council will meet Jan 28 again.", "Jan 28=2020-01-28"},
  {"2019-01-28", "Sales rose in January 2019.", "January 2019=2019-01"},
  {"2019-01-28", "The report is dated 2019-01-28.", "2019-01-28=2019-01-28"},
  {"2019-01-28", "The form was filed on 1/28/2019 by the clerk.", "1/28/2019=2019-01-28"},
  {"2019-01-28", "The form was filed on 12/3/2018 by the clerk.", "12/3/2018=2018-12-03"},
  {"2019-01-28", "He moved to Caracas in 1998.", "1998=1998"},
  {"2019-01-28", "Oil boomed in the 1990s.", "the 1990s=199"},
  {"2019-01-28", "Prices fell in the mid-1990s.", "the mid-1990s=199"},
  {"2019-01-28", "Revenue dropped in fiscal 1998.", "fiscal 1998=1998"},
  {"2019-01-28", "It opened on March 5, 1946, to great fanfare.", "March 5, 1946=1946-03-05"},
  {"2019-01-28", "The plant closed in October 1984.", "October 1984=1984-10"},
  {"2019-01-28", "The mine opened on the 3rd of May 2001.", "3rd of May 2001=2001-05-03"},
  {"2019-01-28", "The deal, dated July 4th, 2010, collapsed.", "July 4th, 2010=2010-07-04"},
  {"2019-01-28", "Ships sailed in September of 1939.", "September of 1939=1939-09"},
  {"2019-01-28", "The dam was built in the 20th century.", "the 20th century=19"},
  {"2019-01-28", "The fortress dates from the 11th century.", "the 11th century=10"},
  {"2019-01-28", "A timestamp of 2019-01-28T06:56 was logged.", "2019-01-28T06:56=2019-01-28T06:56"},
  {"2019-01-28", "Protests erupted in early 2017.", "early 2017=2017"},
  {"2019-01-28", "Rates climbed in the late 1970s.", "the late 1970s=197"},

  /* weekday plus date is one expression; the explicit date wins */
  {"2019-01-28", "On Friday, Jan. 25, the court ruled.", "Friday, Jan. 25=2019-01-25"},
  {"2019-01-28", "The editorial ran Thursday, Jan. 24: the paper argued.",
   "Thursday, Jan. 24=2019-01-24"},
  {"2019-01-28", "The board met Tuesday, Oct. 16, 2018, in private.",
   "Tuesday, Oct. 16, 2018=2018-10-16"},

  /* relative to the DCT */
  {"2019-01-28", "The minister resigned yesterday.", "yesterday=2019-01-27"},
  {"2019-01-28", "The minister resigns today.", "today=2019-01-28"},
  {"2019-01-28", "The minister will resign tomorrow.", "tomorrow=2019-01-29"},
  {"2019-01-28", "Crowds gathered tonight in the square.", "tonight=2019-01-28TNI"},
  {"2019-01-28", "Shots were heard last night near the base.", "last night=2019-01-27TNI"},
  {"2019-01-28", "The price rose last week.", "last week=2019-W04"},
  {"2019-01-28", "The price rose this week.", "this week=2019-W05"},
  {"2019-01-28", "The price may rise next week.", "next week=2019-W06"},
  {"2019-01-28", "Exports fell last month.", "last month=2018-12"},
  {"2019-01-28", "Exports fell this month.", "this month=2019-01"},
  {"2019-01-28", "Exports will recover next month.", "next month=2019-02"},
  {"2019-01-28", "Turnout was low last year.", "last year=2018"},
  {"2019-01-28", "Elections are due this year.", "this year=2019"},
  {"2019-01-28", "Elections are due next year.", "next year=2020"},
  {"2019-01-28", "Inflation surged earlier this month.", "this month=2019-01"},
  {"2019-01-28", "Talks will resume later this year.", "this year=2019"},
  {"2019-01-28", "The army deployed two weeks ago.", "two weeks ago=2019-W03"},
  {"2019-01-28", "The army deployed three days ago.", "three days ago=2019-01-25"},
  {"2019-01-28", "The mine closed five years ago.", "five years ago=2014"},
  {"2019-01-28", "The mine closed two months ago.", "two months ago=2018-11"},
  {"2019-01-28", "The mine closed several years ago.", "several years ago=PAST_REF"},
  {"2019-01-28", "Output fell 3% from a year earlier.", "a year earlier=2018"},
  {"2019-01-28", "He left on Jan. 10, 2019. Two days later, he returned.",
   "Jan. 10, 2019=2019-01-10 | Two days later=2019-01-12"},
  {"2019-01-28", "Troops arrived on March 3, 2018. Five days later the siege ended.",
   "March 3, 2018=2018-03-03 | Five days later=2018-03-08"},
  {"2019-01-28", "He returned home just days after the vote.", "days=PXD"},
  {"2019-01-28", "She had left days earlier.", "days=PXD"},
  {"2019-01-28", "Rains are expected in the coming days.", "the coming days=FUTURE_REF"},
  {"2019-01-28", "Crime has risen in recent years.", "recent years=PAST_REF"},
  {"2019-01-28", "The rebels recently seized the port.", "recently=PAST_REF"},
  {"2019-01-28", "The port is now closed.", "now=PRESENT_REF"},
  {"2019-01-28", "The port is currently closed.", "currently=PRESENT_REF"},
  {"2019-01-28", "The mayor expects a ruling within a month.", "a month=P1M"},
  {"2019-01-28", "He spoke late Tuesday to reporters.", "late Tuesday=2019-01-22"},
  {"2019-01-28", "They marched Monday night through the capital.", "Monday night=2019-01-28"},
  {"2019-01-28", "Police said on Monday that three were held.", "Monday=2019-01-28"},
  {"2019-01-28", "Rebels struck last Monday.", "last Monday=2019-01-21"},
  {"2019-01-28", "The minister will visit next Friday.", "next Friday=2019-02-01"},
  {"2019-01-28", "The leaders will meet on Friday.", "Friday=2019-02-01"},
  {"2019-01-28", "The union plans to strike on Monday.", "Monday=2019-01-28"},
  {"2019-01-28", "The union plans to strike on Thursday.", "Thursday=2019-01-31"},
  {"2019-01-28", "The hearing is scheduled for Thursday.", "Thursday=2019-01-31"},
  {"2019-01-28", "The hearing was held Thursday.", "Thursday=2019-01-24"},
  {"2019-01-28", "Crowds gathered Saturday and Sunday in the plaza.",
   "Saturday=2019-01-26 | Sunday=2019-01-27"},
  {"2019-01-28", "The court must rule by Friday.", "Friday=2019-02-01"},
  {"2019-01-28", "The envoy arrived last Saturday.", "last Saturday=2019-01-26"},
  {"2019-01-30", "All units had filed their reports by Monday.", "Monday=2019-01-28"},
  {"2019-01-30", "He said troops must leave by Monday.", "Monday=2019-02-04"},
  {"2019-01-28", "Markets reopen early next year.", "early next year=2020"},
  {"2019-01-28", "The factory closed last spring.", "last spring=2018-SP"},
  {"2019-01-28", "The factory will reopen this summer.", "this summer=2019-SU"},
  {"2019-01-28", "Fighting eased over the weekend.", "the weekend=2019-W04-WE"},
  {"2019-01-28", "Output rose in the third quarter.", "the third quarter=2018-Q3"},
  {"2019-11-05", "Output rose in the third quarter.", "the third quarter=2019-Q3"},
  {"2019-11-05", "The firm posted a third-quarter loss.", "third-quarter=2019-Q3"},
  {"2019-11-05", "Sales slipped in the quarter.", "the quarter=2019-Q3"},
  {"2019-11-05", "Profit rose in the first quarter of 2018.", "the first quarter of 2018=2018-Q1"},
  {"2019-11-05", "Sales for the first half rose.", "the first half=2019-H1"},
  {"2019-11-05", "Profit rose in the third quarter. A year ago, it fell.",
   "the third quarter=2019-Q3 | A year ago=2018-Q3"},
  {"2019-01-28", "The rival plant sold more than the year-earlier total.", "year-earlier=2018"},
  {"2019-01-28", "Wages rose 3% over the past year.", "the past year=2018"},
  {"2019-01-28", "The year after, he moved. He died on May 2, 2001. The next day, riots began.",
   "May 2, 2001=2001-05-02 | The next day=2001-05-03"},
  {"2019-01-28", "The war started in 1990. The following year, it ended.",
   "1990=1990 | The following year=1991"},

  /* months without a year, by tense */
  {"2019-01-28", "The army was deployed in October.", "October=2018-10"},
  {"2019-03-04", "The shuttle will fly in December.", "December=2019-12"},
  {"2019-12-05", "The members will join in April.", "April=2020-04"},
  {"2019-03-20", "Talks must end by May.", "May=2019-05"},
  {"2019-02-01", "The strike ended last May.", "last May=2018-05"},
  {"2019-03-01", "A crash occurred last February.", "last February=2018-02"},
  {"2019-06-15", "Elections were held in March.", "March=2019-03"},
  {"2019-11-02", "The dividend is payable Jan. 2 to holders of record Dec. 15.",
   "Jan. 2=2020-01-02 | Dec. 15=2019-12-15"},
  {"2020-01-06", "He must return by Jan. 14.", "Jan. 14=2020-01-14"},
  {"2020-01-06", "The boat capsized on Nov. 25 off the coast.", "Nov. 25=2019-11-25"},
  {"2019-08-15", "Iraq invaded on Aug. 2.", "Aug. 2=2019-08-02"},
  {"2019-01-28", "Mid-November saw heavy rains.", "Mid-November=2018-11"},

  /* durations */
  {"2019-01-28", "The siege lasted three days.", "three days=P3D"},
  {"2019-01-28", "He served for 22 months.", "22 months=P22M"},
  {"2019-01-28", "They talked for two hours.", "two hours=PT2H"},
  {"2019-01-28", "The truce held for a few days.", "a few days=PXD"},
  {"2019-01-28", "The state has been at war for years.", "years=PXY"},
  {"2019-01-28", "She signed a two-year contract.", "two-year=P2Y"},
  {"2019-01-28", "They endured a 16-hour flight.", "16-hour=PT16H"},
  {"2019-01-28", "It is a 30-year bond.", "30-year=P30Y"},
  {"2019-01-28", "Stocks rose over the past three months.", "the past three months=P3M"},
  {"2019-01-28", "He will stay for the next two weeks.", "the next two weeks=P2W"},
  {"2019-01-28", "The camp has existed for 2 1/2 years.", "2 1/2 years=P2Y6M"},
  {"2019-01-28", "The talks took nearly two months.", "nearly two months=P2M"},
  {"2019-01-28", "The talks took more than four hours.", "more than four hours=PT4H"},
  {"2019-01-28", "Reservists may serve up to 180 days.", "up to 180 days=P180D"},
  {"2019-01-28", "The case could take at least 72 hours.", "at least 72 hours=PT72H"},
  {"2019-01-28", "For twenty-four years the border stayed shut.", "twenty-four years=P24Y"},
  {"2019-01-28", "They had a couple of years left.", "a couple of years=P2Y"},
  {"2019-01-28", "The dispute simmered for a decade.", "a decade=P10Y"},
  {"2019-01-28", "It lasted for a week.", "a week=P1W"},
  {"2019-01-28", "The storm lasted 90 minutes.", "90 minutes=PT90M"},

  /* sets */
  {"2019-01-28", "Flights leave every Monday.", "every Monday=XXXX-WXX-1"},
  {"2019-01-28", "The agency publishes figures daily.", "daily=P1D"},
  {"2019-01-28", "The paper comes out weekly.", "weekly=P1W"},
  {"2019-01-28", "He runs every day.", "every day=P1D"},
  {"2019-01-28", "Fees are reviewed each year.", "each year=P1Y"},
  {"2019-01-28", "The march is held each July.", "each July=XXXX-07"},
  {"2019-01-28", "Dues are paid annually.", "annually=P1Y"},

  /* times */
  {"2019-01-28", "The blast came at 10 p.m. Sunday.", "10 p.m. Sunday=2019-01-27T22:00"},
  {"2019-01-28", "Talks broke off at noon Saturday.", "noon Saturday=2019-01-26T12:00"},
  {"2019-01-28", "The quake struck at 6:56 AM.", "6:56 AM=2019-01-28T06:56"},
  {"2019-01-28", "The polls close at 8 pm tomorrow.", "8 pm tomorrow=2019-01-29T20:00"},
  {"2019-01-28", "Guards changed at 7:15 a.m. today.", "7:15 a.m. today=2019-01-28T07:15"},

  /* holidays, spelled years, seasons, reporting periods */
  {"2019-01-28", "Sales peaked on Thanksgiving Day.", "Thanksgiving Day=2018-11-22"},
  {"2019-01-28", "The store will close on Christmas Day.", "Christmas Day=2019-12-25"},
  {"2019-01-28", "The law passed in nineteen ninety-six, the anchor said.",
   "nineteen ninety-six=1996"},
  {"2019-01-28", "Prices peaked in January nineteen ninety-seven.",
   "January nineteen ninety-seven=1997-01"},
  {"2019-01-28", "Planners spoke of the year two thousand.", "the year two thousand=2000"},
  {"2019-10-30", "Work began this past spring.", "this past spring=2019-SP"},
  {"2019-10-30", "Crops wilted in the early summer.", "the early summer=2019-SU"},
  {"2019-11-06", "Revenue for the year ended Sept. 30 rose.",
   "the year=P1Y | Sept. 30=2019-09-30"},
  {"2019-11-06", "The firm expects a profit for the year.", "the year=2019"},
  {"2019-11-06", "Losses mounted over the past two quarters.", "the past two quarters=P2Q"},
  {"2019-11-06", "Interest is paid every quarter.", "every quarter=P1Q"},
  {"2019-11-06", "Profit fell from a year-earlier gain.", "year-earlier=2018"},
  {"2019-11-06", "The dividend, payable Jan. 15, was raised.", "Jan. 15=2020-01-15"},
  {"2019-11-06", "The offer is effective Feb. 1.", "Feb. 1=2020-02-01"},
  {"2019-11-06", "It announced the plan Aug. 21.", "Aug. 21=2019-08-21"},
  {"2019-01-28", "Earlier Sunday, police fired tear gas.", "Sunday=2019-01-27"},
  {"2019-01-28", "Crowds returned as soon as possible.", "as soon as possible=FUTURE_REF"},

  /* tense of the governing verb, refined */
  {"2019-03-04", "She will be named commander of a flight in December.", "December=2019-12"},
  {"2019-03-22", "The talks, which are supposed to end by May, resumed.", "May=2019-05"},
  {"2019-01-27", "A vigil planned at the church for Saturday was canceled after threats.",
   "Saturday=2019-01-26"},
  {"2019-01-30", "Organizers planned a march for Saturday.", "Saturday=2019-02-02"},
  {"2019-02-02", "A bomb tore through a bank next to the embassy in the capital Friday morning.",
   "Friday morning=2019-02-01"},
  {"2019-11-02", "The bank announced an agreement to buy a rival lender in January.",
   "January=2020-01"},
  {"2019-11-02", "The bank bought a rival lender in January.", "January=2019-01"},
  {"2019-10-30", "The bank has extended the credit line through January.", "January=2020-01"},
  {"2019-01-28", "The council has asked for a damage report by Friday.", "Friday=2019-02-01"},
  {"2019-01-28", "The council had received the report by Friday.", "Friday=2019-01-25"},
  {"2019-10-26", "The dividend would be paid on a still unspecified date in January.",
   "January=2020-01"},
  {"2019-01-25", "The stock is to resume trading in Frankfurt Tuesday.", "Tuesday=2019-01-29"},
  {"2019-01-28", "The offer had been due to expire Friday evening.", "Friday evening=2019-01-25"},
  {"2019-01-28", "The offer had been scheduled to expire at midnight Friday.",
   "midnight Friday=2019-01-25T24:00"},
  {"2019-01-30", "Troops deployed across the country ahead of Sunday's vote.",
   "Sunday=2019-02-03"},
  /* no clue: a month up to about eight months back is this year's, one
   * more than five months ahead last year's */
  {"2019-10-30", "In March, the plant shut down for repairs.", "March=2019-03"},
  {"2019-02-06", "The index is near its record high of Aug. 6.", "Aug. 6=2018-08-06"},
  {"2019-02-06", "The index is near its record high of March 6.", "March 6=2019-03-06"},

  /* anaphora: dates named from the last date the text gave */
  {"2019-01-28", "The market closed Friday at 2,100, down 3% from the previous Friday.",
   "Friday=2019-01-25 | previous Friday=2019-01-18"},
  {"2019-10-30", "The offer expires on Nov. 30. Until then, the shares trade freely.",
   "Nov. 30=2019-11-30 | then=2019-11-30"},
  {"2019-10-30", "The club was founded in 1950. Since then, it has won nine titles.",
   "1950=1950"},
  {"2019-10-30", "The firm was sold in March. The following month, its chief resigned.",
   "March=2019-03 | The following month=2019-04"},
  {"2019-01-28", "Leaders meet in Oslo on April 24 and 25.", "April 24=2019-04-24 | 25=2019-04-25"},
  {"2019-01-28", "The fair runs March 3 to 5 in Lyon.", "March 3=2019-03-03 | 5=2019-03-05"},
  {"2019-01-28", "On May 2 and 3 people were hurt.", "May 2=2018-05-02"},
  {"2019-01-28", "Shares traded higher at mid-afternoon yesterday.",
   "mid-afternoon yesterday=2019-01-27TAF"},
  {"2019-01-28", "By mid-afternoon, the square was empty.", "mid-afternoon=2019-01-28TAF"},
  {"2019-01-28", "The vote was held on Jan. 20. By late evening, the count was done.",
   "Jan. 20=2019-01-20 | late evening=2019-01-20TEV"},
  {"2019-01-28", "Many walked in the late afternoon sun.", ""},
  {"2019-01-28", "Today is the fifth day of the strike.",
   "Today=2019-01-28 | the fifth day=2019-01-28"},
  {"2019-01-28", "It marked the second day of the siege.", ""},

  /* weeks, year and month ends, quarters a year back */
  {"2019-01-28", "The hearing was moved to the week of March 4.", "the week of March 4=2019-W10"},
  {"2019-10-30", "The firm hopes to complete the sale by year-end.", "year-end=2019"},
  {"2019-10-30", "The index has gained 12% since year-end.", "year-end=2018"},
  {"2019-10-30", "It aims to cut 500 jobs by the end of the year.", "the end of the year=2019"},
  {"2019-10-30", "The rules should be in place by year's end.", "year's end=2019"},
  {"2023-08-02", "An economist warned that prices could double before the end of the year.",
   "the end of the year=2023"},
  {"2019-10-30", "The army wants more troops there by the end of the month.",
   "the end of the month=2019-10"},
  {"2019-10-30", "Staff will get year-end bonuses.", ""},
  {"2019-10-30", "Net income rose 5% from the quarter a year ago.",
   "the quarter a year ago=2018-Q3"},
  {"2019-10-30", "Sales fell 2% from the corresponding period last year.",
   "the corresponding period last year=2018-Q3"},
  {"2019-10-30", "Exports were weaker than in last year's quarter.",
   "last year's quarter=2018-Q3"},

  /* halves */
  {"2019-01-28", "The war lasted a year and a half.", "a year and a half=P1Y6M"},
  {"2019-01-28", "It took a minute and a half to load.", "a minute and a half=PT1M30S"},

  {"2019-01-28", "Refunds take five business days.", "five business days=P5D"},

  /* years in words (broadcast transcripts) */
  {"2019-01-28", "The games were held in nineteen ninety-six.", "nineteen ninety-six=1996"},
  {"2019-01-28", "He paid nineteen ninety dollars.", ""},
  {"2019-01-28", "The count reached nineteen thousand.", ""},

  /* "today's": the day, unless it means our times */
  {"2019-10-30", "The plan is on the agenda for today's meeting.", "today=2019-10-30"},
  {"2019-10-30", "Privacy matters in today's world.", ""},

  /* words that only look like time expressions */
  {"2019-01-28", "Now, he says, the army must choose.", ""},
  {"2019-01-28", "Reporters asked about today's youth.", ""},
  {"2019-01-28", "He spoke on This Week on Sunday.", "Sunday=2019-01-27"},
  {"2019-01-28", "A second group of rebels arrived.", ""},
  {"2019-01-28", "More than a quarter of the seats changed hands.", ""},
  {"2019-01-28", "The airline runs 700 seats a week on the route.", ""},
  {"2019-01-28", "Profits grew 8% annually.", ""},
  {"2019-01-28", "The company raised its quarterly dividend.", ""},
  {"2019-01-28", "Sales of future models slowed.", ""},
  {"2019-01-28", "He previously served as mayor.", ""},

  /* no DCT: X-filled values */
  {NULL, "The pact was signed on January 27.", "January 27=XXXX-01-27"},
  {NULL, "Rebels attacked on Sunday.", "Sunday=XXXX-WXX-7"},
  {NULL, "Rebels attacked yesterday.", "yesterday=XXXX-XX-XX"},
  {NULL, "Rebels attacked last year.", "last year=XXXX"},
  {NULL, "Rebels attacked on January 27, 2019.", "January 27, 2019=2019-01-27"},
  {NULL, "Rebels attacked in March.", "March=XXXX-03"},
  {NULL, "The truce lasted three days.", "three days=P3D"},

  /* two-digit years */
  {"2019-01-28", "The law dates from '98.", "'98=1998"},
  {"2019-01-28", "It was founded Jan. 5, 98, in Quito.", "Jan. 5, 98=1998-01-05"},
  {"2019-01-28", "The rules changed in '05.", "'05=2005"},
  {"2019-01-28", "Music of the '60s returned.", "the '60s=196"},

  /* impossible dates are rejected */
  {"2019-01-28", "The memo is dated Feb 29, 2015.", ""},
  {"2019-01-28", "The memo is dated April 31.", ""},
  {"2019-01-28", "The memo is dated 2015-02-29.", ""},
  {"2019-01-28", "The memo is dated 13/45/2019.", ""},
  {"2020-01-28", "The memo is dated Feb. 29, 2020.", "Feb. 29, 2020=2020-02-29"},

  /* digit strings that are not dates */
  {"2019-01-28", "Call 2882015 for details.", ""},
  {"2019-01-28", "The airline flies a 747-400 to Lima.", ""},
  {"2019-01-28", "Tickets cost $1,998 each.", ""},
  {"2019-01-28", "Tickets cost $1998 each.", ""},
  {"2019-01-28", "The home side won 3-1 in the final.", ""},
  {"2019-01-28", "Call 555-1998 or 212-555-2019 now.", "now=PRESENT_REF"},
  {"2019-01-28", "The ratio was 6:56 in the test.", ""},
  {"2019-01-28", "The crowd of 2000 people marched.", ""},
  {"2019-01-28", "Some 1500 troops were sent.", ""},
  {"2019-01-28", "The index rose 2.5 points to 1998.53.", ""},
  {"2019-01-28", "Verse 3:16 was read aloud.", ""},
  {"2019-01-28", "A 6-year-old boy was rescued.", ""},
  {"2019-01-28", "The drug may help patients.", ""},
  {"2019-01-28", "Protesters march through the city.", ""},
  {"2019-01-28", "The Sun reported the story.", ""},
  {"2019-01-28", "Model 2019X sold out.", ""},
  {"2019-01-28", "The budget was 1,500,000 dollars.", ""},
};

static void S_describe(nkg_str *b, const char *text, const nkg_timex *x, size_t n)
{
  size_t k;
  for(k = 0; k < n; k++) {
    if(k)
      nkg_str_appendz(b, " | ");
    nkg_str_append(b, text + x[k].start, x[k].end - x[k].start);
    nkg_str_appendz(b, "=");
    nkg_str_appendz(b, x[k].value);
  }
  if(!b->s)
    nkg_str_appendz(b, "");
}

static void S_find(const char *dct, const char *text, nkg_timex **x, size_t *nx)
{
  nkg_dct d;
  nkg_token *toks;
  nkg_sentence *sents;
  size_t ntok, nsent;
  memset(&d, 0, sizeof d);
  if(dct)
    (void)nkg_timex__parse_iso(dct, &d);
  nkg_token__scan(text, strlen(text), &toks, &ntok, &sents, &nsent);
  nkg_timex__find(x, nx, text, strlen(text), sents, nsent, toks, ntok, &d);
  free(toks);
  free(sents);
}

static void test_find(void)
{
  size_t i;
  for(i = 0; i < sizeof find_cases / sizeof find_cases[0]; i++) {
    const find_case *fc = &find_cases[i];
    nkg_timex *x = NULL;
    size_t nx = 0;
    nkg_str got = {NULL, 0, 0};
    S_find(fc->dct, fc->text, &x, &nx);
    S_describe(&got, fc->text, x, nx);
    EQ_STR(got.s, fc->want, "[%s] %s", fc->dct ? fc->dct : "no dct", fc->text);
    nkg_str_free(&got);
    free(x);
  }
}

/* Words as the stage's lexicon files them: any case, typographic
 * apostrophes, every kind of word that can begin an expression (numbers
 * spelled out, decades, holidays, set adverbs, clock words, ordinals), at
 * the start and the very end of the text, and words that only look like
 * them (glued, too long, with a non-ASCII letter). */
static const find_case word_cases[] = {
  {"2019-01-28", "The firm was founded in '98 by two brothers.", "'98=1998"},
  {"2019-01-28", "The firm was founded in \xe2\x80\x99" "98 by two brothers.",
   "\xe2\x80\x99" "98=1998"},
  {"2019-01-28", "Prices soared in the nineties.", "the nineties=199"},
  {"2019-01-28", "It happened in nineteen ninety-six, he recalled.", "nineteen ninety-six=1996"},
  {"2019-01-28", "The company was founded in two thousand and one.",
   "two thousand and one=2001"},
  {"2019-01-28", "The families met on Christmas Eve.", "Christmas Eve=2018-12-24"},
  {"2019-01-28", "The families will meet on Thanksgiving Day.", "Thanksgiving Day=2019-11-28"},
  {"2019-01-28", "The paper is published weekly.", "weekly=P1W"},
  {"2019-01-28", "Revenue in FY 2018 fell.", "FY 2018=2018"},
  {"2019-01-28", "The vote is on MONDAY.", "MONDAY=2019-01-28"},
  {"2019-01-28", "LAST WEEK the vote was held.", "LAST WEEK=2019-W04"},
  {"2019-01-28", "It ended yesterday", "yesterday=2019-01-27"},
  {"2019-01-28", "yesterday", "yesterday=2019-01-27"},
  {"2019-01-28", "Yesterday, the talks collapsed.", "Yesterday=2019-01-27"},
  {"2019-01-28", "Supercalifragilisticexpialidociousyesterday was the word.", ""},
  {"2019-01-28", "Nothing happened whatsoever in thisyear or lastmonth.", ""},
  {"2019-01-28", "The M\xc3\xa4y festival ended in M\xc3\xa4y.", ""},
  {"2019-01-28", "The board met on Thurs. and left.", "Thurs.=2019-01-24"},
  {"2019-01-28", "The board met on Sept. 11 and left.", "Sept. 11=2018-09-11"},
  {"2019-01-28", "The shops open on weekdays only.", ""},
  {"2019-01-28", "Trains run every two hours.", "every two hours=PT2H"},
  {"2019-01-28", "He was paid $5 a year.", ""},
  {"2019-01-28", "They stayed a few days.", "a few days=PXD"},
  {"2019-01-28", "It rained for a fortnight.", "a fortnight=P1W"},
  {"2019-01-28", "He worked there for years.", "years=PXY"},
  {"2019-01-28", "The ceasefire began at midnight.", "midnight=2019-01-28T00:00"},
  {"2019-01-28", "Shares rose in the third quarter.", "the third quarter=2018-Q3"},
  {"2019-01-28", "the end of the year.", "the end of the year=2019"},
  {"2019-01-28", "Unemployment fell in recent years.", "recent years=PAST_REF"},
  {"2019-01-28", "The court will rule in the coming weeks.", "the coming weeks=FUTURE_REF"},
  {"2019-01-28", "Sales peaked in the summer of 2016.", "the summer of 2016=2016-SU"},
  {"2019-01-28", "The protest started at 6:30 p.m. EST Friday.",
   "6:30 p.m. EST Friday=2019-01-25T18:30"},
  {"2019-01-28", "The summit opens next Tuesday.", "next Tuesday=2019-01-29"},
  {"2019-01-28", "He flew home the following day, then left the next week.",
   "the following day=2019-01-29 | the next week=2019-W06"},
  {NULL, "The summit opened on Tuesday.", "Tuesday=XXXX-WXX-2"},
};

static void test_words(void)
{
  size_t i;
  for(i = 0; i < sizeof word_cases / sizeof word_cases[0]; i++) {
    const find_case *fc = &word_cases[i];
    nkg_timex *x = NULL;
    size_t nx = 0;
    nkg_str got = {NULL, 0, 0};
    S_find(fc->dct, fc->text, &x, &nx);
    S_describe(&got, fc->text, x, nx);
    EQ_STR(got.s, fc->want, "[%s] %s", fc->dct ? fc->dct : "no dct", fc->text);
    nkg_str_free(&got);
    free(x);
  }
}

/* The same text gives the same expressions whether the caller passes
 * sentences or the stage splits them itself, and however often it runs. */
static void test_repeat(void)
{
  const char *text = "The talks began on Monday. They ended two days later, on Jan. 30, "
                     "and resume next month.\n\nA deal is due by Friday.";
  nkg_timex *a = NULL, *b = NULL;
  size_t na = 0, nb = 0, k;
  nkg_dct d;
  memset(&d, 0, sizeof d);
  (void)nkg_timex__parse_iso("2019-01-28", &d);
  S_find("2019-01-28", text, &a, &na);
  nkg_timex__find(&b, &nb, text, strlen(text), NULL, 0, NULL, 0, &d);
  EQ_INT(na, 5, "expressions with sentences");
  EQ_INT(nb, na, "expressions without sentences");
  for(k = 0; k < na && k < nb; k++) {
    EQ_INT(b[k].start, a[k].start, "start of #%zu", k);
    EQ_INT(b[k].end, a[k].end, "end of #%zu", k);
    EQ_STR(b[k].value, a[k].value, "value of #%zu", k);
  }
  free(a);
  free(b);
  for(k = 0; k < 3; k++) {
    S_find("2019-01-28", text, &a, &na);
    EQ_INT(na, 5, "run %zu", k);
    if(na == 5)
      EQ_STR(a[2].value, "2019-01-30", "run %zu: Jan. 30", k);
    free(a);
  }
}

/* Types, directions and anchoring of a few expressions. */
static void test_attributes(void)
{
  static const struct {
    const char *dct, *text;
    size_t index;
    nkg_timex_type type;
    int direction;
    bool anchored;
  } cases[] = {
    {"2019-01-28", "He said on Sunday it was over.", 0, NKG_TIMEX_DATE, -1, true},
    {"2019-01-28", "They will rally on Wednesday and Sunday.", 0, NKG_TIMEX_DATE, 1, true},
    {"2019-01-28", "They will rally on Wednesday and Sunday.", 1, NKG_TIMEX_DATE, 1, true},
    {"2019-01-28", "It was signed on January 3, 2019.", 0, NKG_TIMEX_DATE, 0, false},
    {"2019-01-28", "It lasted three days.", 0, NKG_TIMEX_DURATION, 0, false},
    {"2019-01-28", "It happens every Monday.", 0, NKG_TIMEX_SET, 0, false},
    {"2019-01-28", "It happens daily.", 0, NKG_TIMEX_SET, 0, false},
    {"2019-01-28", "The blast came at 10 p.m. Sunday.", 0, NKG_TIMEX_TIME, -1, true},
    {"2019-01-28", "It ended yesterday.", 0, NKG_TIMEX_DATE, -1, true},
    {"2019-01-28", "It ends tomorrow.", 0, NKG_TIMEX_DATE, 1, true},
    {"2019-01-28", "Police said Monday it was calm.", 0, NKG_TIMEX_DATE, 0, true},
  };
  size_t i;
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nkg_timex *x = NULL;
    size_t nx = 0;
    S_find(cases[i].dct, cases[i].text, &x, &nx);
    OK(nx > cases[i].index, "no timex #%zu in: %s", cases[i].index, cases[i].text);
    if(nx > cases[i].index) {
      const nkg_timex *t = &x[cases[i].index];
      EQ_INT(t->type, cases[i].type, "type: %s", cases[i].text);
      EQ_INT(t->direction, cases[i].direction, "direction: %s", cases[i].text);
      EQ_INT(t->anchored, cases[i].anchored, "anchored: %s", cases[i].text);
    }
    free(x);
  }
}

/* Offsets are bytes into the text, also after multi-byte characters. */
static void test_offsets(void)
{
  const char *text = "Guaidó habló el domingo \xe2\x80\x94 on Sunday, Jan. 27.";
  nkg_timex *x = NULL;
  size_t nx = 0;
  S_find("2019-01-28", text, &x, &nx);
  EQ_INT(nx, 1, "one expression after UTF-8");
  if(nx == 1) {
    EQ_INT(x[0].start, strstr(text, "Sunday") - text, "start byte");
    EQ_INT(x[0].end, strstr(text, "27.") + 2 - text, "end byte");
    EQ_STR(x[0].value, "2019-01-27", "value");
  }
  free(x);
  /* empty and NULL-ish input */
  S_find("2019-01-28", "", &x, &nx);
  EQ_INT(nx, 0, "empty text");
  free(x);
}

/* ---- parse_iso ---- */

static void test_iso(void)
{
  static const struct {
    const char *s;
    bool ok;
    int y, m, d, hh, mi, ss, tz;
    bool has_time, has_tz;
  } cases[] = {
    {"2019-01-28", true, 2019, 1, 28, 0, 0, 0, 0, false, false},
    {"2019-01-28T06:56", true, 2019, 1, 28, 6, 56, 0, 0, true, false},
    {"2019-01-28T06:56:09", true, 2019, 1, 28, 6, 56, 9, 0, true, false},
    {"2019-01-28T06:56:00Z", true, 2019, 1, 28, 6, 56, 0, 0, true, true},
    {"2019-01-28T06:56:00-08:00", true, 2019, 1, 28, 6, 56, 0, -480, true, true},
    {"2019-01-28T06:56:00+0530", true, 2019, 1, 28, 6, 56, 0, 330, true, true},
    {"2019-01-28T06:56:00.123Z", true, 2019, 1, 28, 6, 56, 0, 0, true, true},
    {"2019-01-28 06:56", true, 2019, 1, 28, 6, 56, 0, 0, true, false},
    {" 2020-02-29 ", true, 2020, 2, 29, 0, 0, 0, 0, false, false},
    {"2019-02-29", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"2019-13-01", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"2019-1-28", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"28/01/2019", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"2019-01-28T25:00", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"2019-01-28x", false, 0, 0, 0, 0, 0, 0, 0, false, false},
    {"", false, 0, 0, 0, 0, 0, 0, 0, false, false},
  };
  size_t i;
  nkg_dct d;
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    bool ok;
    memset(&d, 0, sizeof d);
    ok = nkg_timex__parse_iso(cases[i].s, &d);
    EQ_INT(ok, cases[i].ok, "parse_iso(\"%s\")", cases[i].s);
    if(!ok || !cases[i].ok)
      continue;
    EQ_INT(d.year * 10000 + d.month * 100 + d.day,
           cases[i].y * 10000 + cases[i].m * 100 + cases[i].d, "date of %s", cases[i].s);
    EQ_INT(d.hour * 10000 + d.minute * 100 + d.second,
           cases[i].hh * 10000 + cases[i].mi * 100 + cases[i].ss, "time of %s", cases[i].s);
    EQ_INT(d.has_time, cases[i].has_time, "has_time of %s", cases[i].s);
    EQ_INT(d.has_tz, cases[i].has_tz, "has_tz of %s", cases[i].s);
    EQ_INT(d.tz_minutes, cases[i].tz, "tz of %s", cases[i].s);
  }
  OK(!nkg_timex__parse_iso(NULL, &d), "NULL string");
}

/* ---- parse_dateline ---- */

static void test_dateline(void)
{
  static const struct {
    const char *line;
    bool ok;
    int y, m, d;
    int hh, mi; /* -1: no time */
    int tz;     /* 9999: no zone */
    bool update;
  } cases[] = {
    {"UPDATED 6:56 AM PT \xe2\x80\x94 Monday, January 28, 2019", true, 2019, 1, 28, 6, 56, -480,
     true},
    {"UPDATED 6:56 AM PT \xe2\x80\x94 Monday, July 15, 2019", true, 2019, 7, 15, 6, 56, -420, true},
    {"Published January 28, 2019 at 6:56 am EST", true, 2019, 1, 28, 6, 56, -300, false},
    {"Published July 28, 2019 at 6:56 pm EDT", true, 2019, 7, 28, 18, 56, -240, false},
    {"2019-01-28T06:56:00Z", true, 2019, 1, 28, 6, 56, 0, false},
    {"Published: 2019-01-28T06:56:00-05:00", true, 2019, 1, 28, 6, 56, -300, false},
    {"Jan. 28, 2019 / 6:56 AM ET", true, 2019, 1, 28, 6, 56, -300, false},
    {"Jun. 28, 2019 / 6:56 AM ET", true, 2019, 6, 28, 6, 56, -240, false},
    {"28 January 2019 10:00 GMT", true, 2019, 1, 28, 10, 0, 0, false},
    {"28 July 2019 10:00 BST", true, 2019, 7, 28, 10, 0, 60, false},
    {"28 January 2019 10:00 CET", true, 2019, 1, 28, 10, 0, 60, false},
    {"28 July 2019 10:00 CET", true, 2019, 7, 28, 10, 0, 120, false},
    {"28 July 2019 10:00 CEST", true, 2019, 7, 28, 10, 0, 120, false},
    {"Monday 28 January 2019", true, 2019, 1, 28, -1, 0, 9999, false},
    {"January 28, 2019", true, 2019, 1, 28, -1, 0, 9999, false},
    {"Last modified: March 3, 2019 9:15 PM CT", true, 2019, 3, 3, 21, 15, -360, true},
    /* US DST starts on the second Sunday of March (2019-03-10) */
    {"March 9, 2019 9:15 PM CT", true, 2019, 3, 9, 21, 15, -360, false},
    {"March 10, 2019 9:15 PM CT", true, 2019, 3, 10, 21, 15, -300, false},
    /* and ends on the first Sunday of November (2019-11-03) */
    {"November 2, 2019 8:00 AM MT", true, 2019, 11, 2, 8, 0, -360, false},
    {"November 3, 2019 8:00 AM MT", true, 2019, 11, 3, 8, 0, -420, false},
    /* EU summer time: last Sunday of March (2019-03-31) to last Sunday of
     * October (2019-10-27) */
    {"30 March 2019 12:00 CET", true, 2019, 3, 30, 12, 0, 60, false},
    {"31 March 2019 12:00 CET", true, 2019, 3, 31, 12, 0, 120, false},
    {"27 October 2019 12:00 CET", true, 2019, 10, 27, 12, 0, 60, false},
    {"1/28/2019 06:56 UTC", true, 2019, 1, 28, 6, 56, 0, false},
    {"Jan. 28, 2019 12:30 PM +05:30", true, 2019, 1, 28, 12, 30, 330, false},
    {"Posted 2019-01-28 14:05 UTC+1", true, 2019, 1, 28, 14, 5, 60, false},
    {"By Jane Doe, Associated Press", false, 0, 0, 0, 0, 0, 0, false},
    {"Venezuela's opposition calls for new protests on January 30, 2019 across the country",
     false, 0, 0, 0, 0, 0, 0, false},
    {"February 30, 2019", false, 0, 0, 0, 0, 0, 0, false},
    {"6:56 AM PT", false, 0, 0, 0, 0, 0, 0, false},
    {"", false, 0, 0, 0, 0, 0, 0, false},
  };
  size_t i;
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nkg_dct d;
    bool upd = true, ok;
    memset(&d, 0, sizeof d);
    ok = nkg_timex__parse_dateline(cases[i].line, strlen(cases[i].line), &d, &upd);
    EQ_INT(ok, cases[i].ok, "dateline \"%s\"", cases[i].line);
    if(!ok || !cases[i].ok)
      continue;
    EQ_INT(d.year * 10000 + d.month * 100 + d.day,
           cases[i].y * 10000 + cases[i].m * 100 + cases[i].d, "date of \"%s\"", cases[i].line);
    EQ_INT(d.has_time, cases[i].hh >= 0, "has_time of \"%s\"", cases[i].line);
    if(cases[i].hh >= 0)
      EQ_INT(d.hour * 100 + d.minute, cases[i].hh * 100 + cases[i].mi, "time of \"%s\"",
             cases[i].line);
    EQ_INT(d.has_tz, cases[i].tz != 9999, "has_tz of \"%s\"", cases[i].line);
    if(cases[i].tz != 9999)
      EQ_INT(d.tz_minutes, cases[i].tz, "tz of \"%s\"", cases[i].line);
    EQ_INT(upd, cases[i].update, "is_update of \"%s\"", cases[i].line);
  }
}

/* ---- xsd ---- */

static void test_xsd(void)
{
  static const struct {
    const char *value;
    nkg_xsd_kind kind;
    const char *lex;
  } cases[] = {
    {"2019-01-27", NKG_XSD_DATE, "2019-01-27"},
    {"2019-01", NKG_XSD_GYEARMONTH, "2019-01"},
    {"2019", NKG_XSD_GYEAR, "2019"},
    {"2019-01-28T06:56", NKG_XSD_DATETIME, "2019-01-28T06:56:00"},
    {"2019-01-28T06:56:30", NKG_XSD_DATETIME, "2019-01-28T06:56:30"},
    {"2019-01-28T06:56:00-08:00", NKG_XSD_DATETIME, "2019-01-28T06:56:00-08:00"},
    {"2019-01-28T06:56Z", NKG_XSD_DATETIME, "2019-01-28T06:56:00Z"},
    {"2019-01-28TNI", NKG_XSD_NONE, ""},
    {"P3D", NKG_XSD_NONE, ""},
    {"P1M", NKG_XSD_NONE, ""},
    {"PT2H", NKG_XSD_NONE, ""},
    {"PXY", NKG_XSD_NONE, ""},
    {"PAST_REF", NKG_XSD_NONE, ""},
    {"PRESENT_REF", NKG_XSD_NONE, ""},
    {"FUTURE_REF", NKG_XSD_NONE, ""},
    {"XXXX-01-27", NKG_XSD_NONE, ""},
    {"XXXX-WXX-1", NKG_XSD_NONE, ""},
    {"2019-W05", NKG_XSD_NONE, ""},
    {"2019-Q1", NKG_XSD_NONE, ""},
    {"2019-SU", NKG_XSD_NONE, ""},
    {"201", NKG_XSD_NONE, ""},
    {"19", NKG_XSD_NONE, ""},
    {"2019-02-29", NKG_XSD_NONE, ""},
    {"2019-13", NKG_XSD_NONE, ""},
    {"", NKG_XSD_NONE, ""},
  };
  size_t i;
  char lex[64];
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nkg_xsd_kind k = nkg_timex__xsd(cases[i].value, lex, sizeof lex);
    EQ_INT(k, cases[i].kind, "xsd kind of \"%s\"", cases[i].value);
    EQ_STR(lex, cases[i].lex, "xsd lexical form of \"%s\"", cases[i].value);
  }
  EQ_INT(nkg_timex__xsd(NULL, lex, sizeof lex), NKG_XSD_NONE, "NULL value");
  EQ_INT(nkg_timex__xsd("2019-01-27", NULL, 0), NKG_XSD_DATE, "no buffer");
}

int main(void)
{
  test_find();
  test_words();
  test_repeat();
  test_attributes();
  test_offsets();
  test_iso();
  test_dateline();
  test_xsd();
  DONE();
}
