import { graphql } from '../../gql';

/** One activity, everything the read-only page shows. */
export const ContinentalActivityDetailQuery = graphql(`
  query ContinentalActivityDetail($id: ID!) {
    activity(id: $id) {
      id
      title
      type
      subType
      description
      startDate
      endDate
      country
      place
      branches
      workerCategories
      informalSectors
      status
      updatedAt
      partner {
        id
        name
        acronym
      }
      synergy {
        id
        name
      }
      network {
        id
        ageBands {
          id
          label
          youth
        }
      }
      participants {
        total
        cells {
          sex
          count
          ageBand {
            id
          }
        }
      }
      genderMarker {
        score
        criteria {
          genderAnalysis
          analysisShapedDesign
          genderObjectiveAndIndicator
          sexDisaggregatedData
          genderMonitoringCommitment
        }
        principalObjective
        justification
        allowedMaxScore
      }
    }
  }
`);
