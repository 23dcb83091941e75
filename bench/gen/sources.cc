// The outlet table. All outlets are fictional; their habits are modelled on what the
// seed reports show (agency datelines, content-farm footers, syndication notes,
// "Read |" teasers, machine-translated English editions).
#include "bench/gen/sources.h"

#include <algorithm>

namespace sitrep::gen {
namespace {

using K = SourceKind;
using D = DatelineStyle;
using H = HeaderStyle;
using Q = QuoteStyle;
using T = TitleStyle;
using V = Voice;

// The footer most WordPress news templates print under every post.
const std::vector<std::string> kWordPressFooter = {
    "Related Articles", "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Back to top button"};

std::vector<Source> BuildSources() {
  std::vector<Source> s;
  // Wire agencies: originals, datelines with credits, little or no footer.
  s.push_back({.name = "Meridian Wire", .credit = "Meridian Wire", .domain = "meridianwire.com",
               .kind = K::kWire, .dateline = D::kAgency, .header = H::kFields,
               .header_fields = {"title", "source", "date"}, .dates = DateStyle::kAp,
               .boilerplate = {"Copyright Meridian Wire. All rights reserved."},
               .url_style = 0, .sections = {"world", "politics", "business"},
               .writes = 6.0});
  s.push_back({.name = "Continental Press Agency", .credit = "CPA", .domain = "cpa-news.eu",
               .kind = K::kWire, .dateline = D::kAgencyDate, .header = H::kHeadline,
               .quotes = Q::kStraight, .dates = DateStyle::kBritish, .british = true,
               .spelling = 1,
               .boilerplate = {"(c) Continental Press Agency. Reproduction prohibited."},
               .url_style = 1, .sections = {"europe", "international"}, .writes = 5.0});
  s.push_back({.name = "Atlas News Service", .credit = "ANS", .domain = "atlasnews.org",
               .kind = K::kWire, .dateline = D::kAgencyStamp, .header = H::kHeadline,
               .highlights = true, .url_style = 2, .sections = {"news", "world"},
               .writes = 4.0});
  s.push_back({.name = "Global Dispatch", .credit = "Global Dispatch",
               .domain = "globaldispatch.net", .kind = K::kWire, .dateline = D::kCityCountry,
               .header = H::kFields, .header_fields = {"title", "date", "url"},
               .boilerplate = {"Global Dispatch is an independent news agency."},
               .url_style = 0, .sections = {"africa", "asia", "americas", "world"},
               .writes = 4.0});
  s.push_back({.name = "Northern Star Press", .credit = "NSP", .domain = "nsp.news",
               .kind = K::kWire, .dateline = D::kAgencyDate, .header = H::kFields,
               .header_fields = {"title", "source", "url", "date"},
               .dates = DateStyle::kLong, .spelling = 2,
               .boilerplate = {"Northern Star Press", "All content subject to copyright."},
               .url_style = 3, .sections = {"top-stories", "world"}, .writes = 3.0});
  // Newspapers and magazines.
  s.push_back({.name = "The Harbor Post", .credit = "The Harbor Post",
               .domain = "harborpost.com", .kind = K::kNewspaper, .dateline = D::kCityDash,
               .header = H::kFields, .header_fields = {"title", "date"},
               .title_style = T::kTitleCase, .voice = V::kFeature,
               .boilerplate = {"Sign up for The Harbor Post's morning briefing.",
                               "Copyright The Harbor Post. All rights reserved."},
               .mid_line = "Advertisement", .url_style = 0,
               .sections = {"world", "national", "politics"}, .writes = 3.0});
  s.push_back({.name = "The Daily Ledger", .credit = "The Daily Ledger",
               .domain = "dailyledger.co.uk", .kind = K::kNewspaper, .header = H::kFields,
               .header_fields = {"title", "url", "date"}, .quotes = Q::kStraight,
               .dates = DateStyle::kBritish, .title_style = T::kSuffix, .voice = V::kFeature,
               .british = true, .spelling = 1,
               .boilerplate = {"Sign up to the Ledger's free daily newsletter",
                               "Join the conversation", "Most Read"},
               .teaser_prefix = "READ MORE: ", .url_style = 1,
               .sections = {"news", "world-news", "politics"}, .writes = 2.5});
  s.push_back({.name = "The Evening Courier", .credit = "The Evening Courier",
               .domain = "eveningcourier.co.uk", .kind = K::kNewspaper,
               .header = H::kHeadline, .dates = DateStyle::kBritish,
               .title_style = T::kKicker, .voice = V::kFeature, .british = true,
               .never_dated = true,
               .boilerplate = {"Got a story? Email newsdesk@eveningcourier.co.uk",
                               "Follow the Courier on social media"},
               .teaser_prefix = "Read more: ", .url_style = 2, .sections = {"news"},
               .writes = 2.0});
  s.push_back({.name = "Capital Herald", .credit = "Capital Herald",
               .domain = "capitalherald.com", .kind = K::kNewspaper, .dateline = D::kCityDash,
               .header = H::kFields, .header_fields = {"title", "source", "url", "date"},
               .voice = V::kFeature,
               .boilerplate = {"Capital Herald reporters contributed to this report.",
                               "Have a news tip? Contact us securely."},
               .url_style = 0, .sections = {"world", "national-security", "economy"},
               .writes = 2.5});
  s.push_back({.name = "The Northern Tribune", .credit = "The Northern Tribune",
               .domain = "northerntribune.com", .kind = K::kNewspaper, .header = H::kHeadline,
               .title_style = T::kTitleCase, .voice = V::kFeature, .spelling = 3,
               .never_dated = true,
               .boilerplate = {"Subscribe to our newsletter",
                               "Support independent journalism. Become a member today."},
               .mid_line = "ADVERTISEMENT", .url_style = 3, .sections = {"world", "region"},
               .writes = 1.5});
  s.push_back({.name = "Riverside Gazette", .credit = "Riverside Gazette",
               .domain = "riversidegazette.com", .kind = K::kNewspaper,
               .dateline = D::kAgencyDate, .header = H::kNone, .voice = V::kFeature,
               .boilerplate = {"Riverside Gazette | Local news, global view",
                               "Comments are closed."},
               .url_style = 2, .sections = {"news"}, .writes = 1.0, .copies = 1.0});
  s.push_back({.name = "The Morning Standard", .credit = "The Morning Standard",
               .domain = "morningstandard.co.uk", .kind = K::kNewspaper,
               .dateline = D::kCityDash, .header = H::kFields,
               .header_fields = {"title", "date", "source"}, .dates = DateStyle::kBritish,
               .title_style = T::kSentence, .voice = V::kFeature, .british = true,
               .spelling = 2,
               .boilerplate = {"Want the Morning Standard in your inbox? Sign up here.",
                               "More from the Morning Standard"},
               .teaser_prefix = "Read more: ", .url_style = 1,
               .sections = {"world", "uk-politics"}, .writes = 2.0});
  s.push_back({.name = "The Continental Times", .credit = "The Continental Times",
               .domain = "continentaltimes.eu", .kind = K::kNewspaper,
               .dateline = D::kAgencyDate, .header = H::kFields,
               .header_fields = {"title", "url", "date"}, .dates = DateStyle::kBritish,
               .voice = V::kFeature, .british = true,
               .boilerplate = {"This article is part of our Europe coverage.",
                               "Share this article"},
               .url_style = 0, .sections = {"europe", "world"}, .writes = 1.5});
  s.push_back({.name = "The Pacific Observer", .credit = "The Pacific Observer",
               .domain = "pacificobserver.com", .kind = K::kNewspaper, .dateline = D::kCityDash,
               .header = H::kHeadline, .dates = DateStyle::kLong,
               .title_style = T::kTitleCase, .voice = V::kFeature, .spelling = 1,
               .boilerplate = {"Read the Pacific Observer's full coverage.",
                               "Copyright The Pacific Observer"},
               .url_style = 3, .sections = {"asia-pacific", "world"}, .writes = 1.5});
  // Broadcasters.
  s.push_back({.name = "Vantage News Network", .credit = "VNN", .domain = "vnn.tv",
               .kind = K::kBroadcaster, .dateline = D::kCityDash, .header = H::kFields,
               .header_fields = {"title", "source", "date", "url"}, .title_style = T::kKicker,
               .boilerplate = {"Download the VNN app for breaking news alerts.",
                               "VNN's team contributed to this report."},
               .teaser_prefix = "Watch: ", .url_style = 1, .sections = {"world", "live"},
               .writes = 2.5});
  s.push_back({.name = "Radio Horizon International", .credit = "RHI", .domain = "rhi.radio",
               .kind = K::kBroadcaster, .dateline = D::kAgencyDate, .header = H::kHeadline,
               .dates = DateStyle::kLong, .spelling = 1,
               .boilerplate = {"Listen to RHI's world service on your radio or online.",
                               "RHI with agencies"},
               .url_style = 2, .sections = {"world", "africa", "europe"}, .writes = 2.0});
  s.push_back({.name = "Skyline 24 News", .credit = "Skyline 24", .domain = "skyline24.news",
               .kind = K::kBroadcaster, .dateline = D::kNone, .header = H::kFields,
               .header_fields = {"title", "date"}, .title_style = T::kTitleCase,
               .voice = V::kFeature,
               .boilerplate = {"For the latest news, follow Skyline 24 News.",
                               "Skyline 24 News - Always on."},
               .mid_line = "Advertisement", .teaser_prefix = "Watch: ", .url_style = 0,
               .sections = {"news", "world"}, .writes = 1.5, .copies = 0.5});
  s.push_back({.name = "WorldView TV", .credit = "WorldView", .domain = "worldview.tv",
               .kind = K::kBroadcaster, .dateline = D::kCityDash, .header = H::kHeadline,
               .quotes = Q::kStraight, .title_style = T::kSentence, .voice = V::kWire,
               .spelling = 2,
               .boilerplate = {"WorldView TV brings you news from around the globe."},
               .url_style = 3, .sections = {"world"}, .writes = 1.5});
  // Aggregators and content farms: mostly republished copy, heavy footers.
  s.push_back({.name = "News of the Hour 24", .credit = "News of the Hour 24",
               .domain = "newsofthehour24.com", .kind = K::kContentFarm,
               .header = H::kHeadline, .never_dated = true,
               .boilerplate = {"Source link",
                               "News of the Hour 24: Updating the world's latest breaking "
                               "news online of the day, breaking news, politics, society "
                               "today, international mainstream news. Updated news 24/7: "
                               "Entertainment, the World everyday. Hot news, images, video "
                               "clips that are updated quickly and reliably",
                               "Related Articles", "Back to top button"},
               .syndication_note = "(Except for the headline, this story has not been "
                                   "edited by News of the Hour 24 staff and is published "
                                   "from a syndicated feed.)",
               .url_style = 2, .sections = {"world"}, .writes = 0.2, .copies = 4.0});
  s.push_back({.name = "Daily Breaking Hub", .credit = "Daily Breaking Hub",
               .domain = "dailybreakinghub.com", .kind = K::kContentFarm,
               .header = H::kFields, .header_fields = {"title", "url", "date"},
               .boilerplate = kWordPressFooter, .url_style = 3, .sections = {"breaking"},
               .writes = 0.2, .copies = 4.0});
  s.push_back({.name = "TopNewsFeed", .credit = "TopNewsFeed", .domain = "topnewsfeed.net",
               .kind = K::kAggregator, .header = H::kHeadline, .never_dated = true,
               .boilerplate = {"Source link", "Comments are closed."},
               .teaser_prefix = "Read | ", .url_style = 2, .sections = {"top"},
               .writes = 0.1, .copies = 4.0});
  s.push_back({.name = "InfoStream Today", .credit = "InfoStream Today",
               .domain = "infostreamtoday.com", .kind = K::kAggregator, .header = H::kFields,
               .header_fields = {"title", "source", "date"},
               .boilerplate = {"Share this:", "Click to share on X (Opens in new window)",
                               "Click to share on Facebook (Opens in new window)", "Like this:",
                               "Loading..."},
               .url_style = 3, .sections = {"news", "world"}, .writes = 0.1, .copies = 3.0});
  s.push_back({.name = "UpdateWorld24", .credit = "UpdateWorld24", .domain = "updateworld24.com",
               .kind = K::kContentFarm, .header = H::kNone, .never_dated = true,
               .boilerplate = {"Source link", "Leave a Reply",
                               "Your email address will not be published. Required fields "
                               "are marked *",
                               "UpdateWorld24 is your one-stop destination for the latest "
                               "world news, trending stories and analysis, updated around "
                               "the clock."},
               .url_style = 2, .sections = {"world"}, .writes = 0.1, .copies = 3.0});
  s.push_back({.name = "Headline Hub", .credit = "Headline Hub", .domain = "headlinehub.info",
               .kind = K::kContentFarm, .header = H::kFields,
               .header_fields = {"title", "date"}, .quotes = Q::kStraight,
               .boilerplate = {"Follow us on Google News", "Disclaimer: This post was "
                               "automatically published from a syndicated feed.",
                               "Back to top button"},
               .teaser_prefix = "Also read: ", .url_style = 3, .sections = {"latest"},
               .writes = 0.1, .copies = 3.0});
  s.push_back({.name = "The Buzz Report", .credit = "The Buzz Report",
               .domain = "thebuzzreport.co", .kind = K::kContentFarm, .header = H::kHeadline,
               .title_style = T::kTitleCase, .never_dated = true,
               .boilerplate = {"Subscribe to our newsletter",
                               "Get the latest buzz delivered to your inbox.",
                               "Related Articles", "Leave a Reply"},
               .url_style = 2, .sections = {"news"}, .writes = 0.1, .copies = 2.5});
  s.push_back({.name = "Global News Digest", .credit = "Global News Digest",
               .domain = "globalnewsdigest.org", .kind = K::kAggregator,
               .dateline = D::kAgencyDate, .header = H::kHeadline,
               .boilerplate = {"Global News Digest aggregates reporting from agencies "
                               "worldwide.", "Source link"},
               .syndication_note = "(This story was published from a wire agency feed "
                                   "without modifications to the text.)",
               .url_style = 0, .sections = {"world"}, .writes = 0.2, .copies = 3.0});
  s.push_back({.name = "NewsPulse Live", .credit = "NewsPulse Live",
               .domain = "newspulselive.com", .kind = K::kContentFarm, .header = H::kFields,
               .header_fields = {"title", "url", "source", "date"},
               .boilerplate = {"Share this:", "Related", "Comments are closed."},
               .mid_line = "Also on NewsPulse Live", .url_style = 3, .sections = {"live"},
               .writes = 0.1, .copies = 2.5});
  // English editions of foreign outlets.
  s.push_back({.name = "Al-Waha Gazette", .credit = "Al-Waha", .domain = "alwaha-gazette.com",
               .kind = K::kTranslated, .dateline = D::kAgencyStamp, .header = H::kHeadline,
               .quotes = Q::kCurly, .voice = V::kTranslated, .spelling = 1,
               .translation_quirks = true, .highlights = true,
               .boilerplate = {"Related Articles", "Leave a Reply",
                               "Your email address will not be published. Required fields "
                               "are marked *",
                               "Back to top button"},
               .url_style = 2, .sections = {"international", "arab-world"}, .writes = 1.5,
               .copies = 0.5});
  s.push_back({.name = "Nordic Daily English", .credit = "Nordic Daily",
               .domain = "nordicdaily.en", .kind = K::kTranslated, .dateline = D::kCityDash,
               .header = H::kFields, .header_fields = {"title", "date"},
               .quotes = Q::kGuillemets, .dates = DateStyle::kBritish, .voice = V::kTranslated,
               .british = true, .translation_quirks = true,
               .boilerplate = {"Translated by the Nordic Daily English desk.",
                               "Nordic Daily English"},
               .url_style = 1, .sections = {"international"}, .writes = 1.0});
  s.push_back({.name = "Agencia Sur English Service", .credit = "Agencia Sur",
               .domain = "agenciasur.lat", .kind = K::kTranslated, .dateline = D::kAgencyDate,
               .header = H::kHeadline, .quotes = Q::kGuillemets, .dates = DateStyle::kLong,
               .voice = V::kTranslated, .translation_quirks = true,
               .boilerplate = {"Agencia Sur - Latin America's news agency",
                               "All rights reserved."},
               .url_style = 0, .sections = {"americas", "world"}, .writes = 1.5});
  s.push_back({.name = "Danube Chronicle", .credit = "Danube Chronicle",
               .domain = "danubechronicle.eu", .kind = K::kTranslated, .dateline = D::kNone,
               .header = H::kFields, .header_fields = {"title", "source", "url", "date"},
               .quotes = Q::kGuillemets, .dates = DateStyle::kBritish, .voice = V::kTranslated,
               .british = true, .spelling = 2,
               .boilerplate = {"Danube Chronicle | News from Central and Eastern Europe"},
               .url_style = 3, .sections = {"region", "europe"}, .writes = 1.0});
  s.push_back({.name = "Asia Pacific Ledger", .credit = "AP Ledger",
               .domain = "asiapacificledger.com", .kind = K::kTranslated,
               .dateline = D::kCityCountry, .header = H::kHeadline, .voice = V::kTranslated,
               .spelling = 1, .translation_quirks = true,
               .boilerplate = {"Asia Pacific Ledger - English Edition", "Share this:"},
               .teaser_prefix = "Reading: ", .url_style = 2, .sections = {"asia"},
               .writes = 1.0});
  // Blogs and newsletters: commentary around a development, often quoting wires.
  s.push_back({.name = "Policy Lens", .credit = "Policy Lens", .domain = "policylens.blog",
               .kind = K::kBlog, .header = H::kFields, .header_fields = {"title", "url"},
               .title_style = T::kTitleCase, .voice = V::kFeature, .never_dated = true,
               .boilerplate = {"Policy Lens is a newsletter on security and diplomacy.",
                               "Share", "Leave a comment"},
               .url_style = 3, .sections = {"analysis"}, .writes = 0.8, .copies = 0.3});
  s.push_back({.name = "The Security Brief", .credit = "The Security Brief",
               .domain = "securitybrief.substack.news", .kind = K::kBlog,
               .header = H::kHeadline, .voice = V::kFeature, .spelling = 3,
               .boilerplate = {"Thanks for reading The Security Brief! Subscribe for free to "
                               "receive new posts.",
                               "Subscribe"},
               .url_style = 3, .sections = {"brief"}, .writes = 0.8});
  s.push_back({.name = "Metro Wire Online", .credit = "Metro Wire", .domain = "metrowire.online",
               .kind = K::kAggregator, .dateline = D::kAgency, .header = H::kFields,
               .header_fields = {"source", "title", "date"},
               .boilerplate = {"Metro Wire Online", "Terms of use | Privacy policy"},
               .syndication_note = "This story is auto-generated from a syndicated feed.",
               .url_style = 1, .sections = {"world", "news"}, .writes = 0.3, .copies = 2.0});
  return s;
}

}  // namespace

bool Source::CanShowDate() const {
  if (never_dated) return false;
  if (dateline == DatelineStyle::kAgencyDate || dateline == DatelineStyle::kAgencyStamp) {
    return true;
  }
  return header == HeaderStyle::kFields &&
         std::find(header_fields.begin(), header_fields.end(), "date") != header_fields.end();
}

const std::vector<Source>& Sources() {
  static const std::vector<Source> sources = BuildSources();
  return sources;
}

}  // namespace sitrep::gen
