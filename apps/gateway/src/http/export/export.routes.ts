import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import {
  ExportTooLargeError,
  InvalidArgumentError,
  maxExportRows,
  openActivityExport,
  openJointActionExport,
  todayIso,
  type ExportColumn,
  type ExportRow,
} from '@synergia/domain';
import { createContext, type GraphQLContext } from '../../context.ts';
import { toGlobalId, type NodeType } from '../../graphql/global-id.ts';
import { activityExportParams, ExportParameterError, jointActionExportParams } from './export-params.ts';
import { contentTypes, csvExport, exportFormats, xlsxExport, type ExportFormat } from './export-files.ts';
import { capacityBuildingExportLists } from './capacity-building-exports.ts';
import { missionExportList } from './missions-export.ts';

/** The JSON body of every refused export: a code as in GraphQL's `extensions.code`, and the parameter at fault. */
type ExportErrorBody = { code: string; message: string; parameter?: string; rowCount?: number; limit?: number };

const refuse = (reply: FastifyReply, status: number, body: ExportErrorBody) => reply.code(status).type('application/json; charset=utf-8').send(body);

/** The id column as the API's global ids, so a row can be looked up with `node(id:)`. */
async function* withGlobalIds(rows: AsyncIterable<ExportRow>, type: NodeType): AsyncGenerator<ExportRow> {
  for await (const row of rows) yield { ...row, id: toGlobalId(type, String(row.id)) };
}

/** One exportable list: its file name, sheet, node type and how to open it from the query parameters. */
type ExportedList = {
  name: string;
  sheetName: string;
  nodeType: NodeType;
  open: (
    ctx: GraphQLContext,
    schema: GraphQLSchema,
    query: Record<string, unknown>,
    maxRows: number,
  ) => Promise<{ columns: ExportColumn[]; rowCount: number; rows: () => AsyncGenerator<ExportRow, void, undefined> }>;
};

const exportedLists: ExportedList[] = [
  {
    name: 'activities',
    sheetName: 'Activities',
    nodeType: 'Activity',
    open: (ctx, schema, query, maxRows) => {
      const { filter, order } = activityExportParams(schema, query);
      return openActivityExport(ctx, filter, order, { maxRows });
    },
  },
  {
    name: 'joint-actions',
    sheetName: 'Joint actions',
    nodeType: 'JointAction',
    open: (ctx, schema, query, maxRows) => {
      const { filter, order } = jointActionExportParams(schema, query);
      return openJointActionExport(ctx, filter, order, { maxRows });
    },
  },
  missionExportList,
  ...capacityBuildingExportLists,
];

export type ExportRoutesOptions = {
  orm: MikroORM;
  /** The served schema: parameters are checked against its input types. */
  schema: GraphQLSchema;
  /** Most rows in one file; default the domain's {@link maxExportRows}. */
  maxRows?: number;
};

/**
 * `GET /export/activities.csv` and `GET /export/activities.xlsx` (likewise
 * `/export/joint-actions.*`): every row of the filtered list the signed-in
 * user may see, as a file to download. `filter` and `orderBy` are JSON query
 * parameters shaped like the list's GraphQL filter and order (`ActivityFilter`
 * and `ActivityOrder`, `JointActionFilter` and `JointActionOrder`). Everything that can be refused
 * (sign-in, parameters, size) is checked before the first byte, so a refusal
 * is always a JSON answer with a status, never half a file.
 */
export function registerExportRoutes(app: FastifyInstance, { orm, schema, maxRows = maxExportRows }: ExportRoutesOptions): void {
  const handler = (list: ExportedList, format: ExportFormat) => async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const ctx = await createContext(orm, request);
      if (!ctx.actor) {
        reply.header('www-authenticate', 'Bearer');
        return refuse(reply, 401, {
          code: 'UNAUTHENTICATED',
          message: 'Sign in first: send `Authorization: Bearer <token>` with the token from the signIn mutation.',
        });
      }
      const opened = await list.open(ctx, schema, request.query as Record<string, unknown>, maxRows);
      const onError = (error: Error) => request.log.error({ err: error }, `${list.name} export failed while streaming`);
      const rows = withGlobalIds(opened.rows(), list.nodeType);
      const body = format === 'csv' ? csvExport(opened.columns, rows, onError) : xlsxExport(opened.columns, rows, onError, list.sheetName);
      return reply
        .header('content-type', contentTypes[format])
        .header('content-disposition', `attachment; filename="${list.name}-${todayIso()}.${format}"`)
        .header('cache-control', 'no-store')
        .header('x-export-row-count', String(opened.rowCount))
        .send(body);
    } catch (error) {
      if (error instanceof ExportParameterError) return refuse(reply, 400, { code: 'BAD_USER_INPUT', parameter: error.parameter, message: error.message });
      if (error instanceof InvalidArgumentError) {
        return refuse(reply, 400, { code: 'BAD_USER_INPUT', parameter: error.argument.split('.')[0]!, message: error.message });
      }
      if (error instanceof ExportTooLargeError) {
        return refuse(reply, 400, { code: 'EXPORT_TOO_LARGE', parameter: 'filter', message: error.message, rowCount: error.rowCount, limit: error.limit });
      }
      // Never send internals (SQL, stacks); the log line carries the request id.
      request.log.error({ err: error }, `${list.name} export failed`);
      return refuse(reply, 500, { code: 'INTERNAL_SERVER_ERROR', message: `Internal server error: the export could not be made (request ${request.id}).` });
    }
  };
  // No automatic HEAD routes: a HEAD would run the whole export for nothing.
  for (const list of exportedLists) {
    for (const format of exportFormats) app.get(`/export/${list.name}.${format}`, { exposeHeadRoute: false }, handler(list, format));
  }
}
