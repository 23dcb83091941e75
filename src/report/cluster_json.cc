// JSON of events and storylines (README, "JSON fields").
#include "sitrep/report.h"

namespace sitrep::report {

nlohmann::json ClusterJson(const store::StoredCluster& c, bool is_event) {
  auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
  nlohmann::json j = {{"id", c.id},
                      {"title", or_null(c.title)},
                      {"lead", or_null(c.lead)},
                      {"first_article", or_null(c.first_article)},
                      {"articles", c.articles},
                      {"copies", c.copies},
                      {"sources", c.sources},
                      {"first_published", or_null(c.first_published)},
                      {"last_published", or_null(c.last_published)},
                      {"entities", c.top_entities}};
  if (is_event) {
    j["storyline"] = c.storyline;
  } else {
    j["events"] = c.events;
  }
  return j;
}

}  // namespace sitrep::report
