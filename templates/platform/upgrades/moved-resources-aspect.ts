import { IConstruct } from 'constructs';
import { IAspect, TerraformResource, TerraformStack } from '../engine';
import { PlatformMove } from './moves';

/**
 * Emits a Terraform `moved` block (from → to) for every declared move whose `to` address the stack synthesizes.
 * A move whose `from` address is still synthesized is a contradiction (two resources would claim one state
 * entry) and fails synthesis, naming the move.
 */
export class MovedResourcesAspect implements IAspect {
  private readonly movesByTarget: ReadonlyMap<string, PlatformMove>;
  private readonly sources: ReadonlySet<string>;

  constructor(moves: readonly PlatformMove[]) {
    this.movesByTarget = new Map(moves.map((move) => [move.to, move]));
    this.sources = new Set(moves.map((move) => move.from));
  }

  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const address = `${node.terraformResourceType}.${node.friendlyUniqueId}`;
    if (this.sources.has(address)) {
      throw new Error(
        `${TerraformStack.of(node).node.id}: ${address} is still synthesized but PLATFORM_MOVES moves it away; ` +
          'remove the move or the resource at its old address',
      );
    }
    const move = this.movesByTarget.get(address);
    if (move && !node.hasResourceMove()) node.moveFromId(move.from);
  }
}
