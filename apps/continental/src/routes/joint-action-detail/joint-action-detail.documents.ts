import { graphql } from '../../gql';

/** One joint action, everything the read-only page shows. */
export const ContinentalJointActionDetailQuery = graphql(`
  query ContinentalJointActionDetail($id: ID!) {
    jointAction(id: $id) {
      id
      title
      kind
      objective
      branches
      country
      countryName
      plannedStartDate
      plannedEndDate
      actualStartDate
      actualEndDate
      status
      stageReached
      noOutcomeReason
      createdAt
      updatedAt
      createdBy {
        id
        name
      }
      updatedBy {
        id
        name
      }
      synergy {
        id
        name
      }
      lead {
        id
        name
      }
      partners {
        id
        role
        partner {
          id
          name
          acronym
        }
        contribution {
          people
          money {
            amount
            currency
          }
          inKind
        }
      }
      milestones {
        id
        title
        dueDate
        doneDate
        overdue
        responsiblePartner {
          id
          name
        }
      }
      targets {
        id
        name
        level
        askKind
        ask
      }
      outcomes {
        id
        observedOn
        description
        stage
        evidence
        evidenceLinks
        contribution
        recordedBy {
          id
          name
        }
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
